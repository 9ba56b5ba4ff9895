package id.sinkron.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) and a real FTP server (Apache FtpServer) on random 127.0.0.1 ports, each
 * serving a temporary folder, started once per test JVM for the shipped SFTP and FTP drop routes
 * (routes/remote-drops.yaml). A test drops a file by writing it under {@link #sftpRoot()} or {@link #ftpRoot()}:
 * the route sees it only through the server.
 */
public final class DropServers {

    public static final String USER = "sinkron";
    public static final String PASSWORD = "rahasia-uji";
    private static DropServers instance;

    private final Path sftpRoot;
    private final Path ftpRoot;
    private final int sftpPort;
    private final int ftpPort;

    private DropServers() throws IOException, FtpException {
        sftpRoot = Files.createTempDirectory("sinkron-sftp");
        ftpRoot = Files.createTempDirectory("sinkron-ftp");
        sftpPort = startSftp(sftpRoot);
        ftpPort = startFtp(ftpRoot);
    }

    public static synchronized DropServers get() {
        if (instance == null) {
            try {
                instance = new DropServers();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FtpException e) {
                throw new IllegalStateException("the test FTP server does not start", e);
            }
        }
        return instance;
    }

    private static int startSftp(Path root) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(Files.createTempDirectory("sinkron-sftp-key").resolve("host.ser")));
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sshd.stop(true);
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
        }));
        return sshd.getPort();
    }

    private static int startFtp(Path root) throws FtpException {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        factory.getUserManager().save(user);
        FtpServer server = factory.createServer();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return factory.getListener("default").getPort();
    }

    public Path sftpRoot() {
        return sftpRoot;
    }

    public Path ftpRoot() {
        return ftpRoot;
    }

    public int sftpPort() {
        return sftpPort;
    }

    public int ftpPort() {
        return ftpPort;
    }
}
