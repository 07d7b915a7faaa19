package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataSizeTest {

    @ParameterizedTest(name = "{0} is {1} bytes")
    @CsvSource({
        "1048576, 1048576",
        "100B, 100",
        "512KB, 524288",
        "512kb, 524288",
        "512K, 524288",
        "512KiB, 524288",
        "10MB, 10485760",
        "'10 MB', 10485760",
        "10mb, 10485760",
        "1GB, 1073741824",
        "2g, 2147483648",
        "' 3 GiB ', 3221225472",
    })
    void readsBytesAndPowersOf1024(String text, long bytes) {
        assertThat(DataSize.parse(text)).isEqualTo(new DataSize(bytes));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "lots", "10 megs", "1.5MB", "-1MB", "10TB", "MB", "10 M B", "10MBs"})
    void refusesTextThatIsNotASize(String text) {
        assertThatThrownBy(() -> DataSize.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a size (write it like 1048576, 512KB, 10MB or 1GB)");
    }

    @Test
    void refusesAZeroSize() {
        assertThatThrownBy(() -> DataSize.parse("0KB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than zero");
    }

    @Test
    void refusesASizeTooLargeToHold() {
        assertThatThrownBy(() -> DataSize.parse("99999999999GB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }
}
