package org.demarc.interop.questionnaire;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a questionnaire: yellow cells are the respondent's, the rest is locked. */
final class QuestionnaireStyles {
    final CellStyle header;
    final CellStyle inputHeader;
    final CellStyle readOnly;
    final CellStyle input;
    final CellStyle dateInput;
    final CellStyle wrap;
    final CellStyle bold;
    final CellStyle title;

    QuestionnaireStyles(XSSFWorkbook wb) {
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        inputHeader = wb.createCellStyle();
        inputHeader.cloneStyleFrom(header);
        inputHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        readOnly = wb.createCellStyle();
        readOnly.setWrapText(true);
        readOnly.setVerticalAlignment(VerticalAlignment.TOP);
        readOnly.setLocked(true);
        input = wb.createCellStyle();
        input.setWrapText(true);
        input.setVerticalAlignment(VerticalAlignment.TOP);
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        for (BorderStyle b : new BorderStyle[] {BorderStyle.THIN}) {
            input.setBorderBottom(b);
            input.setBorderTop(b);
            input.setBorderLeft(b);
            input.setBorderRight(b);
            input.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            input.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            input.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            input.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
        dateInput = wb.createCellStyle();
        dateInput.cloneStyleFrom(input);
        dateInput.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        title = wb.createCellStyle();
        title.setFont(titleFont);
    }
}
