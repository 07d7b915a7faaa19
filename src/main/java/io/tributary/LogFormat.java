package io.tributary;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How log lines look: {@code text} as {@code logback.xml} says, or {@code json}, one object per
 * line (Logback's own {@link JsonEncoder}) for log shippers. Switched in code rather than with a
 * second XML file, so one flag does it and the appenders, levels and targets stay as configured.
 */
enum LogFormat {
    TEXT,
    JSON;

    void apply() {
        if (this == TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof OutputStreamAppender) {
                OutputStreamAppender<ILoggingEvent> stream = (OutputStreamAppender<ILoggingEvent>) appender;
                JsonEncoder encoder = new JsonEncoder();
                encoder.setContext(context);
                // the finished sentence, plus its values for filtering; not the context's boilerplate
                encoder.setWithFormattedMessage(true);
                encoder.setWithContext(false);
                encoder.setWithSequenceNumber(false);
                encoder.setWithNanoseconds(false);
                encoder.start();
                stream.stop();
                stream.setEncoder(encoder);
                stream.start();
            }
        }
    }
}
