package org.metalnmr.rf.bessel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;

/** Reads the mpmath reference tables of {@code src/test/resources/bessel/} (lines: kind,n,Re z,Im z,Re f,Im f). */
record ReferenceValues(String kind, int n, Complex z, Complex value) {

    static List<ReferenceValues> load(String resource) {
        List<ReferenceValues> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferenceValues.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new ReferenceValues(f[0], Integer.parseInt(f[1]),
                        new Complex(Double.parseDouble(f[2]), Double.parseDouble(f[3])),
                        new Complex(Double.parseDouble(f[4]), Double.parseDouble(f[5]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    double relativeError(Complex computed) {
        return computed.subtract(value).norm() / value.norm();
    }
}
