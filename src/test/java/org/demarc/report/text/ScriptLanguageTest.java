package org.demarc.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line's language is told by its script only when every letter agrees. */
class ScriptLanguageTest {
    @Test
    void oneScriptGivesItsLanguage() {
        assertThat(ScriptLanguage.of("אחריות הלקוח בענן")).isEqualTo("he");
        assertThat(ScriptLanguage.of("مسؤولية العميل")).isEqualTo("ar");
        assertThat(ScriptLanguage.of("클라우드 공동 책임 모델 검토")).isEqualTo("ko");
        assertThat(ScriptLanguage.of("云服务共享责任模型")).isEqualTo("zh");
        assertThat(ScriptLanguage.of("Έλεγχος πρόσβασης")).isEqualTo("el");
    }

    @Test
    void kanaWithHanIsJapaneseWhicheverComesFirst() {
        assertThat(ScriptLanguage.of("クラウドの責任共有モデルを確認しました")).isEqualTo("ja");
        assertThat(ScriptLanguage.of("責任共有モデル")).isEqualTo("ja");
    }

    @Test
    void latinMixedSharedScriptsAndNoLettersGiveNone() {
        assertThat(ScriptLanguage.of("Security group and firewall 2026")).isNull();
        assertThat(ScriptLanguage.of("Order: אחריות (AWS S3)")).isNull();
        assertThat(ScriptLanguage.of("Проверка доступа")).isNull();
        assertThat(ScriptLanguage.of("12:30 — 42 %")).isNull();
    }
}
