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

    /**
     * Takes the Alt keys of the fields inside {@code part} out of the scene, for a part that stays
     * in the scene hidden (a wizard step left): JavaFX tries the first key entry matching Alt+C, and
     * "_Client" and "internal _comment" make two entries, so a hidden step's could win and leave
     * Alt+C dead. Gives back what was taken, for {@link #putBack}.
     */
    public static List<Mnemonic> takeOut(Scene scene, Node part) {
        List<Mnemonic> taken = new java.util.ArrayList<>();
        if (scene == null) {
            return taken;
        }
        for (List<Mnemonic> list : scene.getMnemonics().values()) {
            for (Mnemonic m : List.copyOf(list)) {
                if (inside(m.getNode(), part)) {
                    taken.add(m);
                    list.remove(m);
                }
            }
        }
        scene.getMnemonics().values().removeIf(List::isEmpty);
        return taken;
    }

    /** Registers again the keys {@link #takeOut} took, when their part is shown again. */
    public static void putBack(Scene scene, List<Mnemonic> taken) {
        if (scene == null || taken == null) {
            return;
        }
        for (Mnemonic m : taken) {
            List<Mnemonic> now = scene.getMnemonics().get(m.getKeyCombination());
            if (now == null || !now.contains(m)) {
                scene.addMnemonic(m);
            }
        }
    }

    private static boolean inside(Node node, Node part) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == part) {
                return true;
            }
        }
        return false;
    }

    private static boolean detached(Mnemonic m, Scene scene) {
        Node n = m.getNode();
        return n == null || n.getScene() != scene;
    }
}
