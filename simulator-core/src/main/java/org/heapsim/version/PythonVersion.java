package org.heapsim.version;

import java.util.Locale;

/**
 * The CPython versions heapsim simulates. Each carries its {@link VersionPolicy}: every
 * behaviour that differs between versions is read from there, never tested with an
 * {@code if} on the version.
 */
public enum PythonVersion {
    V3_8(8), V3_9(9), V3_10(10), V3_11(11), V3_12(12), V3_13(13);

    public static final PythonVersion DEFAULT = V3_11;

    private final int minor;
    private final VersionPolicy policy;

    PythonVersion(int minor) {
        this.minor = minor;
        this.policy = VersionPolicy.forMinor(minor);
    }

    public int minor() {
        return minor;
    }

    public VersionPolicy policy() {
        return policy;
    }

    /** "3.11" */
    public String label() {
        return "3." + minor;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Parses "3.11" (or "311", "3.11.7"); throws IllegalArgumentException with a message
     * listing the supported versions otherwise.
     */
    public static PythonVersion parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("python")) {
            t = t.substring(6).trim();
        }
        String[] parts = t.split("\\.");
        try {
            if (parts.length >= 2 && parts[0].equals("3")) {
                return ofMinor(Integer.parseInt(parts[1]));
            }
            if (parts.length == 1 && t.startsWith("3") && t.length() >= 2) {
                return ofMinor(Integer.parseInt(t.substring(1)));
            }
        } catch (NumberFormatException | IllegalStateException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("unsupported Python version '" + text
                + "' (supported: 3.8, 3.9, 3.10, 3.11, 3.12, 3.13)");
    }

    public static PythonVersion ofMinor(int minor) {
        for (PythonVersion v : values()) {
            if (v.minor == minor) {
                return v;
            }
        }
        throw new IllegalStateException("no such version 3." + minor);
    }
}
