package org.demarc.ui.wizard;

/** The steps of the wizard, in sidebar order. */
public enum WizardStep {
    START("wizard.step.start"),
    ENGAGEMENT("wizard.step.engagement"),
    SERVICES("wizard.step.services"),
    RESPONSIBILITY("wizard.step.responsibility"),
    QUESTIONS("wizard.step.questions"),
    REVIEW("wizard.step.review"),
    SIGN_OFF("wizard.step.signoff"),
    EXPORT("wizard.step.export");

    private final String titleKey;

    WizardStep(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
