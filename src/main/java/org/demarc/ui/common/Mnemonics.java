package org.demarc.ui.common;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Mnemonic;

/**
 * Alt+letter reaches only what is on screen. A label that leaves the scene (a wizard step swapped
 * out) keeps its mnemonic registered with the scene, so Alt+C would keep aiming at the Engagement
 * step's Client field, which is gone, and the keystrokes that follow land wherever the focus was
 * (the report's finding). Pruning after each change of step keeps only the visible fields' keys.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    public static void pruneDetached(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getMnemonics().values().forEach(list -> list.removeIf(m -> detached(m, scene)));
        scene.getMnemonics().values().removeIf(List::isEmpty);
    }

    private static boolean detached(Mnemonic m, Scene scene) {
        Node n = m.getNode();
        return n == null || n.getScene() != scene;
    }
}
