package org.demarc.ui.wizard;

/** The steps of the wizard, in sidebar order. Export arrives with the report. */
public enum WizardStep {
    START("wizard.step.start"),
    ENGAGEMENT("wizard.step.engagement"),
    SERVICES("wizard.step.services"),
    RESPONSIBILITY("wizard.step.responsibility"),
    QUESTIONS("wizard.step.questions"),
    REVIEW("wizard.step.review"),
    SIGN_OFF("wizard.step.signoff");

    private final String titleKey;

    WizardStep(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
