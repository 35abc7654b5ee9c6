package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.PlaygroundPage;
import hyperplane.e2e.pages.Wait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The playground trains with the optimizer and schedule chosen in its controls, and the link keeps them. */
class PlaygroundOptimizerIT extends BrowserTestSupport {

    @Test
    void adamWithADecayingRateTrainsAndTheLinkHoldsIt() {
        PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        PlaygroundPage page = PlaygroundPage.open(browser.driver(), http(""));
        WebElement beta = browser.driver().findElement(By.id("optimizer-beta"));
        assertFalse(beta.isDisplayed(), "plain SGD has no β");
        page.choose("Optimizer", "Adam");
        Wait.require(beta::isDisplayed, "Adam's β₁ shown");
        assertEquals("0.9", page.chosen("β₁ (gradient average)"));
        assertEquals("0.999", page.chosen("β₂ (square average)"));
        page.choose("Rate schedule", "Exponential decay");
        assertEquals("0.9", page.waitForChosen("Decay factor γ", "0.9"));
        page.choose("Decay factor γ", "0.95");
        AppPage app = AppPage.attach(browser.driver());
        String hash = app.waitForHash(h -> h.contains("decay=0.95"));
        assertTrue(hash.contains("opt=adam") && hash.contains("sched=exp"), hash);
        assertFalse(hash.contains("beta"), "the default β₁ and β₂ stay out of the link: " + hash);
        page.play().waitForEpochAtLeast(10).pause();
        page.waitForPlaying(false);
        WebElement rate = browser.driver().findElement(By.id("rate-now"));
        String text = Wait.until(rate::getText, t -> t.startsWith("Learning rate now ") && !t.endsWith(" 0.03"));
        browser.saveArtifacts("playground-adam-trained");
        assertTrue(page.epoch() >= 10, "epoch " + page.epoch() + ", " + text);
        page.reset();
        assertEquals(0, page.waitForEpoch(0));
        Wait.until(rate::getText, t -> t.equals("Learning rate now 0.03"));
        assertEquals("adam", app.hashValue("opt"), "Reset keeps the chosen rule");
    }
}
