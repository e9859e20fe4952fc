package dev.logsift.corrections;

import dev.logsift.core.DownstreamUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Adapter: one S3 object per key. Put-if-absent is a HEAD followed by a conditional PUT
 * (If-None-Match: *), so two writers racing on one key store it once on S3 itself.
 */
public final class S3CorrectionStore implements CorrectionStore {
  private static final String SERVICE = "s3";
  private final S3Client s3;
  private final String bucket;

  public S3CorrectionStore(S3Client s3, String bucket) {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("CORRECTIONS_BUCKET is required for the corrections store");
    }
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Region, credentials and endpoint (AWS_ENDPOINT_URL_S3) come from the SDK's default chain. */
  public static S3CorrectionStore create(String bucket) {
    return new S3CorrectionStore(S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        // Small JSON objects need no streaming checksum; S3 look-alikes (AWS_ENDPOINT_URL_S3) store aws-chunked verbatim.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .build(), bucket);
  }

  @Override
  public boolean putIfAbsent(String key, byte[] body) {
    if (exists(key)) {
      return false;
    }
    try {
      s3.putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*").contentType(contentType(key)),
          RequestBody.fromBytes(body));
      return true;
    } catch (AwsServiceException e) {
      if (e.statusCode() == 412 || e.statusCode() == 409) {
        return false;
      }
      throw unavailable("put", e);
    } catch (SdkException e) {
      throw unavailable("put", e);
    }
  }

  @Override
  public boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw unavailable("head", e);
    } catch (SdkException e) {
      throw unavailable("head", e);
    }
  }

  @Override
  public Optional<byte[]> read(String key) {
    try {
      ResponseBytes<GetObjectResponse> r = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
      return Optional.of(r.asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw unavailable("get", e);
    } catch (SdkException e) {
      throw unavailable("get", e);
    }
  }

  @Override
  public List<String> list(String prefix, String startAfter) {
    List<String> keys = new ArrayList<>();
    try {
      ListObjectsV2Request.Builder req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix);
      if (startAfter != null) {
        req.startAfter(startAfter);
      }
      for (ListObjectsV2Response page : s3.listObjectsV2Paginator(req.build())) {
        for (S3Object o : page.contents()) {
          keys.add(o.key());
        }
      }
    } catch (SdkException e) {
      throw unavailable("list", e);
    }
    keys.sort(null);
    return keys;
  }

  public String bucket() {
    return bucket;
  }

  private static String contentType(String key) {
    return key.endsWith(".json") ? "application/json" : "text/plain";
  }

  /** The SDK's message names the bucket and status, not the object content. */
  private DownstreamUnavailableException unavailable(String op, SdkException e) {
    String status = e instanceof AwsServiceException a ? " (HTTP " + a.statusCode() + ")" : "";
    return new DownstreamUnavailableException(SERVICE, op + " in bucket " + bucket + " failed" + status, e);
  }
}
