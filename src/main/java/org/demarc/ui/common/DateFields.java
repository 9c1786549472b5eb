package org.demarc.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date field that stores what it shows. The picker accepts {@link DateText}'s forms, commits a
 * complete date while it is being typed (so Save right after typing stores it), and when the user
 * leaves text that is not a date, says so under the field and shows the stored value again; it
 * never throws a parse error at the toolkit.
 */
public final class DateFields {
    private final DatePicker picker;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private DateFields(DatePicker picker, DateText dates) {
        this.picker = picker;
        Converter converter = new Converter(dates);
        picker.setConverter(converter);
        picker.setPromptText(dates.examples());
        picker.getEditor().textProperty().addListener((obs, o, text) -> {
            // Only what the user types; the picker showing a value (or the stored one again) is no input.
            if (!picker.getEditor().isFocused() || text == null || text.isBlank()) {
                return;
            }
            dates.parse(text).ifPresent(p -> {
                converter.shownAs = p.format();
                error.set("");
                if (!p.date().equals(picker.getValue())) {
                    picker.setValue(p.date());
                }
            });
        });
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                picker.setValue(converter.fromString(picker.getEditor().getText()));
            }
        });
    }

    /** A new date field for the user's locale. */
    public static DateFields create(String id) {
        return create(id, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static DateFields create(String id, Locale locale) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.getEditor().setId(id + "-text");
        return new DateFields(picker, new DateText(locale));
    }

    public DatePicker picker() {
        return picker;
    }

    /** Empty, or why the text typed was refused. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The refusal of this field first, else {@code other} (a check across fields, e.g. end before start). */
    public ObservableStringValue errorOr(ObservableStringValue other) {
        return other == null ? errorProperty() : Bindings.createStringBinding(
                () -> error.get().isEmpty() ? other.get() : error.get(), error, other);
    }

    private final class Converter extends StringConverter<LocalDate> {
        private final DateText dates;
        /** The form the user last typed in; the value is shown back in it, so typing is not disturbed. */
        private DateTimeFormatter shownAs;

        Converter(DateText dates) {
            this.dates = dates;
            this.shownAs = dates.displayFormat();
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : shownAs.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                error.set("");
                return null;
            }
            var parsed = dates.parse(text);
            if (parsed.isPresent()) {
                shownAs = parsed.get().format();
                error.set("");
                return parsed.get().date();
            }
            error.set(I18n.t("date.invalid", text.strip(), dates.examples()));
            LocalDate kept = picker.getValue();
            // The picker would leave the refused text on screen: show the stored value instead.
            Platform.runLater(() -> picker.getEditor().setText(toString(picker.getValue())));
            return kept;
        }
    }
}
