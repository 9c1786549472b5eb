package org.demarc.report.sign;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** The readable name of a certificate subject or issuer: its common name, or the whole name. */
public final class CertificateNames {
    private CertificateNames() {
    }

    public static String commonName(X500Principal principal) {
        String dn = principal.getName(X500Principal.RFC2253);
        try {
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return dn;
        }
        return dn;
    }
}
