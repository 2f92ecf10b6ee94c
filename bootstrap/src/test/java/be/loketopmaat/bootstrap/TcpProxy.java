package be.loketopmaat.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of the test's PostgreSQL, that a test can cut and mend: cut, it drops
 * every open connection and refuses new ones, as a database server that stopped does; mended, it
 * takes connections on the same port again. The database itself stays up for the other tests.
 */
final class TcpProxy implements AutoCloseable {
  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    ServerSocket first = new ServerSocket();
    first.setReuseAddress(true);
    first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.port = first.getLocalPort();
    listen(first);
  }

  int port() {
    return port;
  }

  /** The database is away: open connections broken, new ones refused. */
  synchronized void cut() throws IOException {
    ServerSocket listening = server;
    server = null;
    if (listening != null) {
      listening.close();
    }
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  /** The database is back, on the same address. */
  synchronized void mend() throws IOException {
    if (server == null) {
      ServerSocket again = new ServerSocket();
      again.setReuseAddress(true);
      again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listen(again);
    }
  }

  private void listen(ServerSocket listening) {
    server = listening;
    Thread acceptor =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try {
                  Socket client = listening.accept();
                  Socket target = new Socket(targetHost, targetPort);
                  open.add(client);
                  open.add(target);
                  pump(client, target);
                  pump(target, client);
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException broken) {
                // Cut, or the other side closed: both ends go.
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // Closing is all that is left to do.
                }
              }
            },
            "tcp-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
