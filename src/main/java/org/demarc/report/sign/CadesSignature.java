package org.demarc.report.sign;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature PAdES baseline B-B asks for (ETSI.CAdES.detached): SHA-256, signed attributes
 * content-type, message-digest and ESS signing-certificate-v2, and no signing-time attribute (the
 * signing time goes into the signature dictionary's /M instead). Uses the JDK's own signature
 * providers, so no security provider has to be registered.
 */
final class CadesSignature implements SignatureInterface {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    /** The signing-time attribute's value; null leaves the attribute out (PAdES). */
    private final java.time.Instant signingTime;

    CadesSignature(PrivateKey key, List<X509Certificate> chain) {
        this(key, chain, null);
    }

    CadesSignature(PrivateKey key, List<X509Certificate> chain, java.time.Instant signingTime) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.signingTime = signingTime;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate cert = chain.get(0);
            ContentSigner signer = new JcaContentSignerBuilder(algorithm(key)).build(key);
            AttributeTable essAttribute = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate(cert))));
            CMSAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator(essAttribute);
            CMSAttributeTableGenerator signedAttributes = params -> {
                AttributeTable attributes = base.getAttributes(params).remove(CMSAttributes.signingTime);
                return signingTime == null ? attributes : attributes.add(CMSAttributes.signingTime,
                        new org.bouncycastle.asn1.cms.Time(java.util.Date.from(signingTime)));
            };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, cert));
            gen.addCertificates(new JcaCertStore(chain));
            CMSSignedData data = gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return data.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static SigningCertificateV2 signingCertificate(X509Certificate cert) throws CertificateEncodingException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
            return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuer)});
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String algorithm(PrivateKey key) {
        // CertificatePolicy admits RSA and ECDSA keys only.
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
