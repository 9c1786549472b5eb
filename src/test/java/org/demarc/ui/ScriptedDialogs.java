package org.demarc.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.demarc.ui.common.DialogService;

/** Dialog answers prepared by a test, and a record of what was shown. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Boolean> confirms = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
    public final Deque<Path> saveTargets = new ArrayDeque<>();
    public final Deque<Path> openTargets = new ArrayDeque<>();
    public final Deque<Path> evidenceFiles = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<LockedChoice> locked = new ArrayDeque<>();
    public final Deque<ChangedOnDiskChoice> changedOnDisk = new ArrayDeque<>();
    public final List<String> lockMessages = new ArrayList<>();
    public final List<String> confirmMessages = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Integer> choices = new ArrayDeque<>();
    /** The options of every choice asked, in order. */
    public final List<List<String>> choiceOptions = new ArrayList<>();
    public final Deque<Path> fileTargets = new ArrayDeque<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmMessages.add(title + ": " + message + " [" + confirmLabel + "]");
        return confirms.isEmpty() || confirms.pop();
    }

    @Override
    public UnsavedChoice askUnsaved(String fileName) {
        return unsaved.isEmpty() ? UnsavedChoice.CANCEL : unsaved.pop();
    }

    @Override
    public LockedChoice askLocked(String fileName, String user, String host, String since, boolean stale) {
        lockMessages.add(fileName + " " + user + "@" + host + " since " + since + (stale ? " (stale)" : ""));
        return locked.isEmpty() ? LockedChoice.CANCEL : locked.pop();
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        return changedOnDisk.isEmpty() ? ChangedOnDiskChoice.CANCEL : changedOnDisk.pop();
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        errors.add(title + ": " + message + (details.isEmpty() ? "" : " " + details));
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public void showText(String title, String message, String text) {
        infos.add(title + ": " + message + "\n" + text);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        return Optional.ofNullable(openTargets.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName) {
        return Optional.ofNullable(saveTargets.poll());
    }

    @Override
    public Optional<Path> chooseEvidenceFile(Path initialFolder) {
        return Optional.ofNullable(evidenceFiles.poll());
    }

    public final Deque<Path> pdfTargets = new ArrayDeque<>();
    public final Deque<char[]> passwords = new ArrayDeque<>();

    @Override
    public Optional<Path> choosePdfToSave(Path initialFolder, String suggestedName) {
        return Optional.ofNullable(pdfTargets.poll());
    }

    /** Folders the folder chooser answers with, in order; empty means cancelled. */
    public final Deque<Path> folders = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(folders.poll());
    }

    public final Deque<Path> keyStores = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseKeyStore() {
        return Optional.ofNullable(keyStores.poll());
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        return Optional.ofNullable(passwords.poll());
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        choiceOptions.add(List.copyOf(options));
        return Optional.ofNullable(choices.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName,
                                           List<String> extensions) {
        return Optional.ofNullable(fileTargets.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, List<String> extensions) {
        return Optional.ofNullable(fileTargets.poll());
    }
}
