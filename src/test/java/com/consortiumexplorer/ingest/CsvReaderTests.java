package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsAndKeepsTheLineEachRecordStartsOn() {
        CsvReader reader =
                new CsvReader(new StringReader("\uFEFFid,name\r\na,\"Co., Ltd. \"\"X\"\"\"\nb,\"two\nlines\"\nc,\n"));

        assertThat(reader.next()).containsExactly("id", "name");
        assertThat(reader.recordLine()).isEqualTo(1);
        assertThat(reader.next()).containsExactly("a", "Co., Ltd. \"X\"");
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("b", "two\nlines");
        assertThat(reader.recordLine()).isEqualTo(3);
        assertThat(reader.next()).containsExactly("c", "");
        assertThat(reader.recordLine()).isEqualTo(5);
        assertThat(reader.next()).isNull();
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        CsvReader reader = new CsvReader(new StringReader("a,\"open\n"));
        assertThatIllegalArgumentException()
                .isThrownBy(reader::next)
                .withMessage("a quoted field that starts on line 1 is not closed");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "two\nlines", "");
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(fields);

        assertThat(new CsvReader(new StringReader(out.toString())).next()).isEqualTo(fields);
    }
}
