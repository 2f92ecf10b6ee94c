package be.loketopmaat.adapters.rest.http;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that Netty's HTTP decoder could not read, answered as problems: a request line longer
 * than {@code micronaut.server.netty.max-initial-line-length} is a 414 {@code uri-too-long}, header
 * fields larger than {@code max-header-size} a 431 {@code header-fields-too-large}, anything else
 * the decoder refuses (a header line without a colon, ...) a 400 {@code bad-request}.
 *
 * <p>Micronaut answers such a request from inside its request lifecycle without running the
 * filters, and maps every too-long part of a request to 413: so the answer had neither the status
 * RFC 9110 gives these cases nor the request id, {@code no-store} and security headers of every
 * other problem. A handler right after the HTTP codec takes the failed request before Micronaut
 * sees it and writes the whole answer itself: the problem in the {@code Accept-Language} asked for
 * (among the header fields read: Netty's decoder keeps those before the one that overflowed but the
 * one just before it too is lost), the request id (the caller's {@code X-Request-Id} when it was
 * read and is a plain token), the headers {@link HttpConventionsFilter} gives every answer, and a
 * line in the access log.
 *
 * <p>After such a failure the decoder discards whatever else the connection sends, so the answer
 * says {@code Connection: close}. The connection is closed gently (RFC 9112, 9.6): the server stops
 * writing, reads and drops the rest of the request until the client closes or {@value
 * #LINGER_SECONDS} seconds have passed, and only then closes. Closing at once, with unread bytes of
 * the long request in the socket, would make the kernel reset the connection and could destroy the
 * answer before the client read it.
 */
@Singleton
@Requires(beans = NettyServerCustomizer.Registry.class)
final class UndecodableRequests
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
  static final String HANDLER_NAME = "loket-undecodable-requests";
  static final int LINGER_SECONDS = 2;
  private static final Logger LOG = LoggerFactory.getLogger(UndecodableRequests.class);

  private final JsonMapper json;
  private final NettyHttpServerConfiguration server;

  UndecodableRequests(JsonMapper json, NettyHttpServerConfiguration server) {
    this.json = json;
    this.server = server;
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    NettyServerCustomizer.Registry registry = event.getBean();
    registry.register(new Customizer(null));
    return registry;
  }

  /** Adds the handler to each HTTP/1 connection's pipeline, right after the codec. */
  private final class Customizer implements NettyServerCustomizer {
    private final Channel channel;

    Customizer(Channel channel) {
      this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
    }

    @Override
    public void onStreamPipelineBuilt() {
      if (channel != null
          && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
          && channel.pipeline().get(HANDLER_NAME) == null) {
        channel
            .pipeline()
            .addAfter(
                ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER_NAME, new Handler());
      }
    }
  }

  /** One per connection: it remembers that the connection is being closed. */
  private final class Handler extends ChannelInboundHandlerAdapter {
    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (refused) {
        ReferenceCountUtil.release(msg); // the rest of a refused request: nobody reads it
        return;
      }
      if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
        refused = true;
        DecoderResult result = request.decoderResult();
        ReferenceCountUtil.release(msg);
        refuse(ctx, request, result.cause());
        return;
      }
      ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, HttpRequest request, Throwable cause) {
      long started = System.nanoTime();
      boolean lineRead = !(cause instanceof TooLongHttpLineException);
      HttpHeaders sent = request.headers();
      ProblemLanguage in =
          ProblemLanguage.of(lineRead ? sent.get(HttpHeaderNames.ACCEPT_LANGUAGE) : null);
      String id = RequestIds.idFor(lineRead ? sent.get(RequestIds.HEADER) : null);
      Problem problem;
      if (cause instanceof TooLongHttpLineException) {
        problem =
            Problem.of(
                in,
                ProblemType.URI_TOO_LONG,
                Phrase.of(
                    "The request line (method, URL and version) is longer than the {0} bytes this"
                        + " service reads; send a shorter URL.",
                    server.getMaxInitialLineLength()),
                null);
      } else if (cause instanceof TooLongHttpHeaderException) {
        problem =
            Problem.of(
                in,
                ProblemType.HEADER_FIELDS_TOO_LARGE,
                Phrase.of(
                    "The request's header fields are larger than the {0} bytes this service"
                        + " reads; send fewer or shorter headers (a large cookie or token is the"
                        + " usual cause).",
                    server.getMaxHeaderSize()),
                pathOf(request.uri()));
      } else {
        LOG.debug("A request could not be decoded: {}", String.valueOf(cause));
        problem =
            Problem.of(
                in, ProblemType.BAD_REQUEST, Phrase.of("The request could not be read."), null);
      }
      problem = problem.withRequestId(id);
      byte[] body;
      try {
        body = json.writeValueAsBytes(problem);
      } catch (IOException e) {
        LOG.error("A problem for an undecodable request could not be written", e);
        closeQuietly(ctx);
        return;
      }
      FullHttpResponse answer =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1,
              HttpResponseStatus.valueOf(problem.status()),
              Unpooled.wrappedBuffer(body));
      HttpHeaders headers = answer.headers();
      headers.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
      headers.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
      headers.set(HttpHeaderNames.CONTENT_LANGUAGE, in.tag());
      headers.set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_LANGUAGE);
      headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      headers.set(RequestIds.HEADER, id);
      HttpConventionsFilter.SECURITY_HEADERS.forEach(headers::set);
      RequestIds.access(
          lineRead ? request.method().name() : "-",
          "(no route)",
          problem.status(),
          (System.nanoTime() - started) / 1_000_000,
          id);
      ctx.writeAndFlush(answer).addListener((ChannelFutureListener) written -> linger(ctx));
    }

    /** Stop writing, drop what the client still sends, close when it does or at the latest. */
    private void linger(ChannelHandlerContext ctx) {
      Channel channel = ctx.channel();
      if (!(channel instanceof DuplexChannel duplex) || !channel.isActive()) {
        closeQuietly(ctx);
        return;
      }
      ScheduledFuture<?> deadline =
          ctx.executor().schedule(() -> closeQuietly(ctx), LINGER_SECONDS, TimeUnit.SECONDS);
      channel.closeFuture().addListener(closed -> deadline.cancel(false));
      duplex.shutdownOutput().addListener(shut -> channel.config().setAutoRead(true));
    }
  }

  /** Closes the connection; a failure to close it is nothing to act on. */
  private static void closeQuietly(ChannelHandlerContext ctx) {
    ChannelFuture unused = ctx.close();
  }

  /** The path of a request target as sent (origin or absolute form), never its query. */
  static String pathOf(String target) {
    String path = target;
    int scheme = path.indexOf("://");
    if (scheme >= 0 && scheme < path.indexOf('/')) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    int fragment = path.indexOf('#');
    return fragment < 0 ? path : path.substring(0, fragment);
  }
}
