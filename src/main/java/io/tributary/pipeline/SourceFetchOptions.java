package io.tributary.pipeline;

import io.tributary.config.DataSize;
import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchOptions;

/** A source's {@code fetch} settings from the config, in the fetcher's terms (issue 3, items 5 and 9). */
final class SourceFetchOptions {
    private SourceFetchOptions() {
    }

    static FetchOptions of(SourceConfig source) {
        return new FetchOptions(source.fetch().headers(),
                source.fetch().auth().map(a -> new FetchOptions.Credentials(a.user(), a.password())),
                source.fetch().connectTimeout(), source.fetch().timeout(),
                source.fetch().maxBytes().map(DataSize::bytes));
    }
}
