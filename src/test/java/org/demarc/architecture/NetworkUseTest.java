package org.demarc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.NetworkChannel;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.demarc.reliability.OfflineCanary;
import org.junit.jupiter.api.Test;

/**
 * Offline by construction, the static half: no class of the program touches the network APIs of
 * the JDK. {@code reliability/OfflineTest} is the dynamic half (a child JVM whose connections and
 * lookups are trapped), which also covers the libraries.
 */
class NetworkUseTest {
    /**
     * Classes of the program allowed to use a network API, each with its reason. Empty: Demarc
     * never connects anywhere; {@code URL} values (style sheets from the class path) are fine, only
     * opening them is not.
     */
    private static final Set<String> ALLOWED = Set.of();

    /** JNDI counts by its contexts (lookups); {@code javax.naming.ldap.LdapName} only parses a certificate's name. */
    private static final DescribedPredicate<JavaClass> NETWORK_API = new DescribedPredicate<>(
            "a network API (sockets, channels, URL connections, name lookups, java.net.http, javax.net, RMI, JNDI contexts, "
                    + "opening a browser or mail client)") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAssignableTo(Socket.class) || c.isAssignableTo(ServerSocket.class)
                    || c.isAssignableTo(DatagramSocket.class) || c.isAssignableTo(URLConnection.class)
                    || c.isAssignableTo(InetAddress.class) || c.isAssignableTo(SocketAddress.class)
                    || c.isAssignableTo(NetworkChannel.class) || c.isAssignableTo("java.net.http.HttpClient")
                    || c.getPackageName().startsWith("java.net.http") || c.getPackageName().startsWith("javax.net")
                    || c.getPackageName().startsWith("java.rmi") || c.isAssignableTo("javax.naming.Context")
                    || c.getPackageName().startsWith("javax.naming.spi")
                    || c.getName().equals("javafx.application.HostServices");
        }
    };

    /** Opening a URL, or handing one to the desktop's browser or mail client. */
    private static final DescribedPredicate<JavaAccess<?>> OPENS_A_URL = new DescribedPredicate<>(
            "URL.openConnection/openStream/getContent or Desktop.browse/mail") {
        @Override
        public boolean test(JavaAccess<?> a) {
            String owner = a.getTargetOwner().getName();
            String name = a.getName();
            return owner.equals(URL.class.getName()) && Set.of("openConnection", "openStream", "getContent").contains(name)
                    || owner.equals("java.awt.Desktop") && Set.of("browse", "mail").contains(name);
        }
    };

    static final ArchRule NO_NETWORK = noClasses()
            .that(DescribedPredicate.describe("are not allowed to use the network", c -> !ALLOWED.contains(c.getName())))
            .should().dependOnClassesThat(NETWORK_API)
            .orShould().accessTargetWhere(OPENS_A_URL)
            .because("Demarc is offline by construction: assessments hold confidential findings and no feature "
                    + "needs a connection");

    @Test
    void theProgramUsesNoNetworkApi() {
        JavaClasses program = ProgramClasses.get();
        assertThat(program.size()).isGreaterThan(100);
        NO_NETWORK.check(program);
    }

    @Test
    void theRuleCatchesASocketAURLAndALookup() {
        JavaClasses canary = new ClassFileImporter().importClasses(OfflineCanary.class);
        var result = NO_NETWORK.evaluate(canary);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("java.net.Socket").contains("URL.openStream").contains("InetAddress.getByName");
    }
}
