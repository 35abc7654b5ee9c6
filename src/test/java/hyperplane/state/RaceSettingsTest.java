package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hyperplane.engine.Optimizer;
import hyperplane.engine.Surface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-variable race in the link: gd2.* written when not the default, read back, refused with a notice. */
class RaceSettingsTest {
    private static String link(RaceSettings r) {
        return HashCodec.encode(AppState.defaults().withView("gradient-descent").withRace(r));
    }

    @Test
    void theDefaultsStayOutOfTheLinkAndAChangedRaceComesBack() {
        assertEquals("v=1&view=gradient-descent", link(RaceSettings.defaults()));
        RaceSettings r = new RaceSettings(true, Surface.ROSENBROCK, "", 50, 0.9, List.of(new RaceSettings.Racer(
                Optimizer.SGD, 0.002), new RaceSettings.Racer(Optimizer.ADAM, 0.05)), -1.2, 2);
        String link = link(r);
        assertEquals("v=1&view=gradient-descent&gd2.mode=2d&gd2.surface=rosenbrock&gd2.beta=0.9"
                + "&gd2.racers=sgd%3A0.002,adam%3A0.05&gd2.x0=-1.2&gd2.y0=2", link);
        HashCodec.Decoded d = HashCodec.decode(link);
        assertEquals(List.of(), d.notices());
        assertEquals(r, d.state().race());
        assertEquals(RaceSettings.defaults(), HashCodec.decode("view=playground").state().race());
    }

    @Test
    void aLinkWithoutAStartBeginsAtTheSurfacesOwnStartAndLeavesThatStartOut() {
        double[] own = Surface.ROSENBROCK.start();
        RaceSettings decoded = HashCodec.decode("view=gradient-descent&gd2.mode=2d&gd2.surface=rosenbrock")
                .state().race();
        assertEquals(own[0], decoded.x0());
        assertEquals(own[1], decoded.y0());
        assertEquals("v=1&view=gradient-descent&gd2.mode=2d&gd2.surface=rosenbrock", link(decoded));
        // The valley's start (−9, 3) lies outside Rosenbrock's window, so on Rosenbrock it has to be written.
        RaceSettings atValleyStart = new RaceSettings(true, Surface.ROSENBROCK, "", 50, 0.7,
                RaceSettings.defaults().racers(), -9, 3);
        assertEquals(atValleyStart, HashCodec.decode(link(atValleyStart)).state().race());
        RaceSettings typed = HashCodec.decode("view=gradient-descent&gd2.mode=2d&gd2.expr=x%5E2%2By%5E2")
                .state().race();
        assertEquals(-4, typed.x0());
        assertEquals(3, typed.y0());
    }

    @Test
    void badValuesKeepTheirDefaultsWithANotice() {
        HashCodec.Decoded d = HashCodec.decode("gd2.mode=3d&gd2.surface=moon&gd2.k=0&gd2.beta=1&gd2.racers=sgd"
                + "&gd2.x0=1e9&gd2.y0=x");
        assertEquals(7, d.notices().size(), d.notices().toString());
        assertEquals("ignored gd2.racers=sgd: not 1 to 4 of optimizer:rate, e.g. sgd:0.01,adam:0.05",
                d.notices().get(4));
        assertEquals(RaceSettings.defaults(), d.state().race());
        assertEquals(1, HashCodec.decode("gd2.racers=sgd:0.1,adam:0.1,sgd:1,adam:1,sgd:2").notices().size(),
                "five racers");
        assertEquals(1, HashCodec.decode("gd2.racers=adam:0").notices().size(), "a zero rate");
    }

    @Test
    void theRecordRefusesWhatTheLinkRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new RaceSettings(false, Surface.VALLEY, "", 50, 0.7,
                List.of(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> RaceSettings.defaults().with(Surface.VALLEY, "", 0.5, 0.7,
                RaceSettings.defaults().racers(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RaceSettings.Racer(Optimizer.ADAM, 11));
        assertThrows(IllegalArgumentException.class, () -> RaceSettings.defaults().with(Surface.VALLEY, "x^2 + z",
                50, 0.7, RaceSettings.defaults().racers(), 0, 0), "a formula that does not parse");
    }

    @Test
    void aTypedSurfaceTravelsPercentEncodedAndComesBack() {
        RaceSettings d = RaceSettings.defaults();
        RaceSettings typed = d.withTwoD(true).with(Surface.VALLEY, "x^2 + 10*y^2 / (1+x)", 50, 0.7, d.racers(),
                -4, 3);
        String link = link(typed);
        assertEquals("v=1&view=gradient-descent&gd2.mode=2d&gd2.surface=custom"
                + "&gd2.expr=x%5E2%20%2B%2010%2Ay%5E2%20%2F%20%281%2Bx%29", link,
                "(−4, 3) is a typed surface's own start");
        HashCodec.Decoded back = HashCodec.decode(link);
        assertEquals(List.of(), back.notices());
        assertEquals(typed, back.state().race());
        assertEquals("x^2 + 10*y^2 / (1+x)", HashCodec.decode("gd2.expr=x%5E2%20%2B%2010%2Ay%5E2%20%2F%20%281%2Bx%29")
                .state().race().expression(), "gd2.expr alone reads as custom");
    }

    @Test
    void aBadTypedSurfaceOpensTheDefaultSurfaceWithANotice() {
        HashCodec.Decoded d = HashCodec.decode("gd2.mode=2d&gd2.surface=custom&gd2.expr=x%5E2%2Bz");
        assertEquals(List.of("ignored gd2.expr=x^2+z: unknown name 'z' at character 5"), d.notices());
        assertEquals(RaceSettings.defaults().withTwoD(true), d.state().race());
        assertEquals(List.of("ignored gd2.surface=custom: custom needs a formula in gd2.expr"),
                HashCodec.decode("gd2.surface=custom").notices());
        assertEquals(1, HashCodec.decode("gd2.expr=(x").notices().size());
    }
}
