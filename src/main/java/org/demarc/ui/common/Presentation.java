package org.demarc.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Presentation mode, for projecting the wizard in a client workshop: fields meant for the
 * assessors only (internal comments, owners, evidence paths, review flags) are neither drawn nor
 * laid out, so Tab and Alt keys cannot reach them and nothing typed lands in them unseen.
 *
 * <p>The window installs one on its root; a view marks its internal nodes with {@link #internal}
 * and needs no reference to the window, so a step view built on its own (in a test) is unchanged.
 */
public final class Presentation {
    private static final String KEY = Presentation.class.getName();
    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false);

    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public void toggle() {
        on.set(!on.get());
    }

    /** Makes this the presentation mode of every node shown under {@code root}. */
    public void install(Parent root) {
        root.getProperties().put(KEY, this);
        on.addListener((obs, o, presenting) -> {
            root.pseudoClassStateChanged(PRESENTING, presenting);
            if (presenting) {
                FocusOutOfHidden.move(root.getScene());
            }
        });
    }

    /**
     * Hides the nodes while presenting (not visible and not managed, so they leave no gap). The
     * nodes' visibility must not be bound elsewhere: mark a wrapper around such a node instead.
     */
    public static void internal(Node... nodes) {
        for (Node node : nodes) {
            node.getStyleClass().add("internal-field");
            whenShown(node, p -> {
                node.visibleProperty().bind(p.on.not());
                node.managedProperty().bind(node.visibleProperty());
            });
        }
    }

    /** Runs {@code action} each time presentation mode of the node's window is turned on or off. */
    public static void whenToggled(Node node, Runnable action) {
        whenShown(node, p -> p.on.addListener((obs, o, n) -> action.run()));
    }

    /** Whether the window the node is shown in is presenting; false outside such a window. */
    public static boolean presenting(Node node) {
        Presentation p = of(node);
        return p != null && p.isOn();
    }

    private static Presentation of(Node node) {
        Scene scene = node.getScene();
        return scene == null || scene.getRoot() == null ? null
                : (Presentation) scene.getRoot().getProperties().get(KEY);
    }

    /** Calls {@code use} once, with the window's presentation mode, as soon as the node is in one. */
    private static void whenShown(Node node, Consumer<Presentation> use) {
        Presentation now = of(node);
        if (now != null) {
            use.accept(now);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene o, Scene scene) {
                Presentation p = of(node);
                if (p != null) {
                    node.sceneProperty().removeListener(this);
                    use.accept(p);
                }
            }
        });
    }
}
