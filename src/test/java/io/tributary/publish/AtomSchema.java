package io.tributary.publish;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** RFC 4287's RELAX NG grammar (compact syntax), run by jing: what "valid Atom" means here. */
public final class AtomSchema {
    private AtomSchema() {
    }

    /** Every schema error in {@code feed}, empty when it is valid Atom. */
    public static List<String> errors(byte[] feed) throws Exception {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(),
                CompactSchemaReader.getInstance());
        URL schema = AtomSchema.class.getResource("/schema/atom.rnc");
        if (!driver.loadSchema(new InputSource(schema.toExternalForm()))) {
            throw new IllegalStateException("atom.rnc does not load: " + errors);
        }
        boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(feed)));
        if (!valid && errors.isEmpty()) {
            errors.add("invalid, without a message");
        }
        return errors;
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }
}
