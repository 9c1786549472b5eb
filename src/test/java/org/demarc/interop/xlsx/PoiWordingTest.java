package org.demarc.interop.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.junit.jupiter.api.Test;

/** POI's own wording (bugzilla, record ids, class names) never reaches the user. */
class PoiWordingTest {
    private static String refusal(byte[] bytes) {
        try {
            Workbooks.close(Workbooks.open(bytes));
            return "";
        } catch (InvalidFileException e) {
            return String.join("\n", e.problems().stream().map(Problem::describe).toList());
        }
    }

    private static void assertDemarcWords(String message) {
        assertThat(message).startsWith("error at /: not a readable Excel workbook (.xlsx): it")
                .doesNotContainIgnoringCase("bugzilla").doesNotContain("[M").doesNotContain("org.apache")
                .doesNotContain("POI").doesNotContain("Exception").doesNotContain("OOXML").doesNotContain("OLE2");
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void everyWayAWorkbookCanBeUnreadableIsSaidInDemarcsWords() throws Exception {
        byte[] good;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("A").createRow(0).createCell(0).setCellValue("x");
            good = Workbooks.toBytes(wb);
        }
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        String oldXls = refusal(ole2);
        assertDemarcWords(oldXls);
        assertThat(oldXls).contains("old Excel 97-2003 workbook (.xls)");
        String notXlsx = refusal(zip("hello.txt", "hello".getBytes()));
        assertDemarcWords(notXlsx);
        assertDemarcWords(refusal("plain text".getBytes()));
        assertDemarcWords(refusal(new byte[0]));
        assertDemarcWords(refusal(Arrays.copyOf(good, good.length / 2)));
        assertDemarcWords(refusal(zip("[Content_Types].xml", "<Types><oops".getBytes())));
    }

    @Test
    void poisInternalWordingIsMappedToAKind() {
        RuntimeException internal = new IllegalStateException(
                "Unexpected record type [M1.13] - please open an issue on bugzilla");
        assertThat(PoiReasons.of(internal)).isEqualTo("its contents are damaged or were written by a program Demarc "
                + "cannot read");
        assertThat(PoiReasons.of(new RuntimeException("wrapper", new java.io.EOFException("Unexpected end of ZLIB"))))
                .startsWith("it is incomplete");
    }
}
