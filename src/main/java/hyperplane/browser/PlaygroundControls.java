package hyperplane.browser;

import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.state.Decimals;
import hyperplane.state.PlaygroundConfig;
import hyperplane.view.PlaygroundControl;
import hyperplane.view.PlaygroundEdits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLOptionsCollection;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The playground's settings controls, both ways: {@link #show} puts a configuration into the controls,
 * and every user change becomes a new configuration handed to the listener. Controls never hold state of
 * their own; the configuration is the truth. The rules (options per problem, seed, features, layers) are
 * {@link PlaygroundEdits}'s.
 */
final class PlaygroundControls {
    private final Consumer<PlaygroundConfig> listener;
    private PlaygroundConfig shown;

    private final HTMLSelectElement dataset = Dom.select(PlaygroundControl.DATASET.id());
    private final HTMLInputElement seed = Dom.input("seed");
    private final HTMLSelectElement output = Dom.select(PlaygroundControl.OUTPUT.id());
    /** The table's controls, by ordinal. */
    private final HTMLElement[] controls = new HTMLElement[PlaygroundControl.values().length];
    private final HTMLElement layerControls = Dom.byId("layer-controls");
    private final List<HTMLInputElement> featureBoxes = new ArrayList<>();

    PlaygroundControls(Consumer<PlaygroundConfig> listener, Undo undo) {
        this.listener = listener;
        buildFeatureToggles();
        for (PlaygroundControl control : PlaygroundControl.values()) {
            HTMLElement element = Dom.byId(control.id());
            controls[control.ordinal()] = element;
            Dom.on(element, control.event(), e -> changeControl(control, element));
        }
        Dom.on(seed, "change", e -> changeSeed());
        Dom.on(Dom.byId("regenerate"), "click", e -> {
            int next = PlaygroundEdits.nextSeed(shown.seed());
            undo.run("New points and starting weights from seed " + next + ".", () -> change(shown.withSeed(next)));
        });
        Dom.on(Dom.byId("add-layer"), "click", e -> changeLayers(1));
        Dom.on(Dom.byId("remove-layer"), "click", e -> changeLayers(-1));
    }

    /** A control's new value; a refused number of classes (a point has a higher class) is named and undone. */
    private void changeControl(PlaygroundControl control, HTMLElement element) {
        try {
            change(control.with(shown, valueOf(control, element)));
        } catch (IllegalArgumentException e) {
            if (control != PlaygroundControl.CLASSES) {
                throw e;
            }
            Notices.show(PlaygroundControl.classesRefused(shown.classes(), e.getMessage()));
            showValue(control, element, shown);
        }
    }

    /** A control's value as the table reads it: a check box's state as "true" or "false", else its value. */
    private static String valueOf(PlaygroundControl control, HTMLElement element) {
        if (control.kind() == PlaygroundControl.Kind.SWITCH) {
            return Boolean.toString(((HTMLInputElement) element).isChecked());
        }
        return control.kind() == PlaygroundControl.Kind.RANGE ? ((HTMLInputElement) element).getValue()
                : ((HTMLSelectElement) element).getValue();
    }

    /** Puts the value {@code config} shows into a control of the table. */
    private static void showValue(PlaygroundControl control, HTMLElement element, PlaygroundConfig config) {
        String value = control.value(config);
        switch (control.kind()) {
            case CHOICE -> ((HTMLSelectElement) element).setValue(value);
            case NUMBER_CHOICE -> selectNumber((HTMLSelectElement) element, Double.parseDouble(value));
            case RANGE -> {
                ((HTMLInputElement) element).setValue(value);
                Dom.text(control.id() + "-value", value);
            }
            case SWITCH -> ((HTMLInputElement) element).setChecked(Boolean.parseBoolean(value));
        }
        ((HTMLElement) element.getParentNode()).setHidden(control.hidden(config));
        if (control.followsConfig()) {
            boolean input = control.kind() == PlaygroundControl.Kind.RANGE
                    || control.kind() == PlaygroundControl.Kind.SWITCH;
            if (input) {
                ((HTMLInputElement) element).setDisabled(control.disabled(config));
            } else {
                ((HTMLSelectElement) element).setDisabled(control.disabled(config));
            }
        }
    }

    private void changeSeed() {
        int value = PlaygroundEdits.seed(Dom.number(seed));
        if (value >= 0) {
            change(shown.withSeed(value));
        } else {
            seed.setValue(Integer.toString(shown.seed()));
            Notices.show(PlaygroundEdits.seedRefused(shown.seed()));
        }
    }

    private void change(PlaygroundConfig next) {
        if (next != shown) {
            listener.accept(next);
        }
    }

    private void buildFeatureToggles() {
        HTMLElement box = Dom.byId("features");
        for (Feature feature : Feature.values()) {
            HTMLElement label = Dom.create("label");
            HTMLInputElement check = (HTMLInputElement) Dom.create("input");
            check.setType("checkbox");
            check.setId("feature-" + feature.key());
            check.setAttribute("data-feature", feature.key());
            label.appendChild(check);
            label.appendChild(Dom.document().createTextNode(" " + feature.label()));
            box.appendChild(label);
            featureBoxes.add(check);
            Dom.on(check, "change", e -> toggleFeature(feature, check));
        }
    }

    private void toggleFeature(Feature feature, HTMLInputElement check) {
        List<Feature> features = PlaygroundEdits.toggled(shown.features(), feature, check.isChecked());
        if (features == null) {
            check.setChecked(true);
            Notices.show("The network needs at least one input feature.");
            return;
        }
        change(shown.withFeatures(features));
    }

    private void changeLayers(int delta) {
        int[] next = PlaygroundEdits.layers(shown.hidden(), delta);
        if (next != null) {
            change(shown.withHidden(next));
        }
    }

    private void changeNeurons(int layer, int delta) {
        int[] next = PlaygroundEdits.neurons(shown.hidden(), layer, delta);
        if (next != null) {
            change(shown.withHidden(next));
        }
    }

    /** Puts {@code config} into every control (without firing change events). */
    void show(PlaygroundConfig config) {
        PlaygroundConfig previous = shown;
        shown = config;
        // The options first: a select takes only a value it lists.
        fillDatasets(config.problem());
        fillOutputs(config.problem(), config.classes());
        for (PlaygroundControl control : PlaygroundControl.values()) {
            showValue(control, controls[control.ordinal()], config);
        }
        if (!Integer.toString(config.seed()).equals(seed.getValue())) {
            seed.setValue(Integer.toString(config.seed()));
        }
        Dom.button("regenerate").setDisabled(config.points() != null);
        // New points get −1 or +1 as regression targets (PointEditor), 0 or 1 as classes.
        Dom.text("class-legend", PlaygroundControl.classLegend(config.problem()));
        Dom.text("class-0-value", PlaygroundControl.classValue(config.problem(), 0));
        Dom.text("class-1-value", PlaygroundControl.classValue(config.problem(), 1));
        showClassButtons(PlaygroundControl.classButtons(config));
        Dom.text("optimizer-beta-label", PlaygroundControl.betaLabel(config.optimization().optimizer()));
        for (HTMLInputElement box : featureBoxes) {
            box.setChecked(config.features().contains(Feature.fromKey(box.getAttribute("data-feature"))));
        }
        if (previous == null || !Arrays.equals(previous.hidden(), config.hidden())) {
            buildLayerControls(config.hidden());
        }
    }

    /** Selects the option equal to {@code value}, adding it first if a link asked for one not in the list. */
    private static void selectNumber(HTMLSelectElement select, double value) {
        HTMLOptionsCollection options = select.getOptions();
        for (int i = 0; i < options.getLength(); i++) {
            HTMLOptionElement option = (HTMLOptionElement) options.item(i);
            if (Double.parseDouble(option.getValue()) == value) {
                select.setSelectedIndex(i);
                return;
            }
        }
        String text = Decimals.text(value);
        Dom.addOption(select, text, text);
        select.setValue(text);
    }

    private ProblemType datasetsFor;

    private void fillDatasets(ProblemType type) {
        if (type == datasetsFor) {
            return;
        }
        datasetsFor = type;
        fill(dataset, PlaygroundEdits.datasets(type));
    }

    /** The class buttons 0 … {@code shown} − 1 (the others hidden); a hidden chosen one hands the choice to 0. */
    private static void showClassButtons(int shown) {
        for (int c = 0; c < PlaygroundConfig.MAX_CLASSES; c++) {
            HTMLInputElement radio = Dom.input("class-" + c);
            boolean hide = c >= shown;
            ((HTMLElement) radio.getParentNode()).setHidden(hide);
            radio.setDisabled(hide);
            if (hide && radio.isChecked()) {
                Dom.input("class-0").setChecked(true);
            }
        }
    }

    private String outputsFor;

    private void fillOutputs(ProblemType type, int classes) {
        String key = type.key() + (classes > 2 ? " softmax" : "");
        if (key.equals(outputsFor)) {
            return;
        }
        outputsFor = key;
        fill(output, PlaygroundEdits.outputs(type, classes));
        output.setDisabled(type == ProblemType.REGRESSION || classes > 2);
    }

    /** Replaces the select's options with {@code choices}. */
    private static void fill(HTMLSelectElement select, List<PlaygroundEdits.Option> choices) {
        HTMLOptionsCollection options = select.getOptions();
        while (options.getLength() > 0) {
            options.remove(0);
        }
        for (PlaygroundEdits.Option choice : choices) {
            Dom.addOption(select, choice.key(), choice.label());
        }
    }

    private void buildLayerControls(int[] hidden) {
        String focused = Dom.focusedId();
        while (layerControls.getFirstChild() != null) {
            layerControls.removeChild(layerControls.getFirstChild());
        }
        Dom.text("layer-count", PlaygroundEdits.layerCount(hidden.length));
        Dom.button("add-layer").setDisabled(hidden.length >= PlaygroundConfig.MAX_HIDDEN_LAYERS);
        Dom.button("remove-layer").setDisabled(hidden.length == 0);
        for (int l = 0; l < hidden.length; l++) {
            int layer = l;
            HTMLElement group = Dom.create("div");
            group.setClassName("layer-control");
            group.setAttribute("role", "group");
            group.setAttribute("aria-label", "Hidden layer " + (l + 1));
            HTMLElement buttons = Dom.create("div");
            buttons.setClassName("buttons");
            HTMLButtonElement minus = smallButton("layer-" + (l + 1) + "-remove", "−",
                    "Remove a neuron from hidden layer " + (l + 1));
            minus.setDisabled(hidden[l] <= 1);
            HTMLButtonElement plus = smallButton("layer-" + (l + 1) + "-add", "+",
                    "Add a neuron to hidden layer " + (l + 1));
            plus.setDisabled(hidden[l] >= PlaygroundConfig.MAX_NEURONS);
            Dom.on(minus, "click", e -> changeNeurons(layer, -1));
            Dom.on(plus, "click", e -> changeNeurons(layer, 1));
            buttons.appendChild(minus);
            buttons.appendChild(plus);
            HTMLElement count = Dom.create("span");
            count.setId("layer-" + (l + 1) + "-size");
            count.setTextContent(PlaygroundEdits.neuronCount(hidden[l]));
            group.appendChild(buttons);
            group.appendChild(count);
            layerControls.appendChild(group);
        }
        Dom.refocus(focused);
    }

    private static HTMLButtonElement smallButton(String id, String text, String label) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.create("button");
        button.setType("button");
        button.setId(id);
        button.setClassName("small-button");
        button.setTextContent(text);
        button.setAttribute("aria-label", label);
        button.setTitle(label);
        return button;
    }
}
