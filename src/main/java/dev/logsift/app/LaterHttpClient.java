package dev.logsift.app;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** The chat HTTP client while the real one is still being built: each call waits for it, then goes to it. */
final class LaterHttpClient extends HttpClient {
  private final Later<HttpClient> client;

  LaterHttpClient(Later<HttpClient> client) {
    this.client = client;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return client.get().send(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return client.get().sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return client.get().sendAsync(request, handler, push);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return client.get().cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client.get().connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client.get().followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client.get().proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client.get().sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client.get().sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client.get().authenticator();
  }

  @Override
  public Version version() {
    return client.get().version();
  }

  @Override
  public Optional<Executor> executor() {
    return client.get().executor();
  }

  @Override
  public void shutdown() {
    client.get().shutdown();
  }

  @Override
  public void shutdownNow() {
    client.get().shutdownNow();
  }

  @Override
  public boolean awaitTermination(Duration duration) throws InterruptedException {
    return client.get().awaitTermination(duration);
  }

  @Override
  public boolean isTerminated() {
    return client.get().isTerminated();
  }

  @Override
  public void close() {
    client.get().close();
  }
}
