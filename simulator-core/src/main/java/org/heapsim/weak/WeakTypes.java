package org.heapsim.weak;

import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.version.VersionPolicy;

/**
 * The weakref types of one version: their tp_name differs ({@code weakref} until 3.9,
 * {@code weakref.ReferenceType} from 3.10), and it appears in error messages.
 */
public record WeakTypes(StaticType ref, StaticType proxy, StaticType callableProxy) {
    private static final WeakTypes[] BY_MINOR = new WeakTypes[14];

    static {
        for (int minor = 8; minor <= 13; minor++) {
            VersionPolicy p = org.heapsim.version.PythonVersion.ofMinor(minor).policy();
            BY_MINOR[minor] = new WeakTypes(
                    Types.define(p.weakrefTypeName(), Types.OBJECT, true, false, true),
                    Types.define(p.proxyTypeName(), Types.OBJECT, true, false, false),
                    Types.define(p.callableProxyTypeName(), Types.OBJECT, true, false, false));
        }
    }

    public static WeakTypes of(VersionPolicy policy) {
        return BY_MINOR[policy.minor()];
    }
}
