package dev.logsift.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/** Our SigV4 signer against AWS's published test vectors and against the SDK's signer on our own requests. */
class SigV4Test {
  private static final AwsCredentials EXAMPLE =
      AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Instant VECTOR_TIME = Instant.parse("2015-08-30T12:36:00Z");
  private static final String VECTOR_PREFIX = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
      + "aws4_request, SignedHeaders=host;x-amz-date, Signature=";

  private static String vector(SdkHttpMethod method, String url) {
    SigV4 signer = new SigV4("service", "us-east-1", StaticCredentialsProvider.create(EXAMPLE), null);
    SdkHttpRequest r = SdkHttpRequest.builder().method(method).uri(URI.create(url)).build();
    return signer.sign(r, new byte[0], EXAMPLE, VECTOR_TIME, false).firstMatchingHeader("Authorization").orElseThrow();
  }

  @Test
  void awsTestSuiteGetVanilla() {
    assertEquals(VECTOR_PREFIX + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
        vector(SdkHttpMethod.GET, "https://example.amazonaws.com/"));
  }

  @Test
  void awsTestSuiteGetVanillaQueryOrderKeyCase() {
    assertEquals(VECTOR_PREFIX + "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
        vector(SdkHttpMethod.GET, "https://example.amazonaws.com/?Param2=value2&Param1=value1"));
  }

  /** AWS's S3 examples (AmazonS3 API reference, "Signature calculations for the Authorization header"). */
  private static String s3Example(SdkHttpRequest.Builder request, String body) {
    AwsCredentials id = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    SigV4 signer = new SigV4("s3", "us-east-1", StaticCredentialsProvider.create(id), null);
    Instant at = Instant.parse("2013-05-24T00:00:00Z");
    return signer.sign(request.build(), body.getBytes(StandardCharsets.UTF_8), id, at, true)
        .firstMatchingHeader("Authorization").orElseThrow();
  }

  @Test
  void awsS3ExampleGetObject() {
    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
        s3Example(SdkHttpRequest.builder().method(SdkHttpMethod.GET)
            .uri(URI.create("https://examplebucket.s3.amazonaws.com/test.txt")).putHeader("Range", "bytes=0-9"), ""));
  }

  /** An encoded key ($ as %24): S3 signs the path as sent, where every other service would sign %2524. */
  @Test
  void awsS3ExamplePutObjectSignsThePathEncodedOnce() {
    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
        + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
        s3Example(SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
            .uri(URI.create("https://examplebucket.s3.amazonaws.com/test%24file.text"))
            .putHeader("Date", "Fri, 24 May 2013 00:00:00 GMT")
            .putHeader("x-amz-storage-class", "REDUCED_REDUNDANCY"), "Welcome to Amazon S3."));
  }

  @Test
  void awsS3ExampleListObjects() {
    assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
        + "Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
        s3Example(SdkHttpRequest.builder().method(SdkHttpMethod.GET)
            .uri(URI.create("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J")), ""));
  }

  @Test
  void onlyS3SignsThePathAsSent() {
    assertEquals("/a%20b/c%2Fd", SigV4.canonicalPath("/a%20b/c%2Fd", false));
    assertEquals("/a%2520b/c%252Fd", SigV4.canonicalPath("/a%20b/c%2Fd", true));
  }

  @Test
  void signsOurRequestsExactlyAsTheSdksSigner() {
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    AwsCredentials session = AwsSessionCredentials.create("AKIDSESSION", "secret/key+1", "token==");
    byte[] body = "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"fp#a b\"}}}".getBytes(StandardCharsets.UTF_8);
    List<SdkHttpRequest> requests = List.of(
        SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("https://dynamodb.eu-west-1.amazonaws.com/"))
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("X-Amz-Target", "DynamoDB_20120810.GetItem")
            .putHeader("Content-Length", Integer.toString(body.length)).build(),
        SdkHttpRequest.builder().method(SdkHttpMethod.POST)
            .uri(URI.create("http://127.0.0.1:8123/model/eu.anthropic.claude-v1%3A0/invoke"))
            .putHeader("Content-Type", "application/json").putHeader("Accept", "application/json")
            .putHeader("X-Custom", "  two  spaces  ").build(),
        SdkHttpRequest.builder().method(SdkHttpMethod.GET)
            .uri(URI.create("https://ssm.eu-west-1.amazonaws.com/a/b%2Fc?z=1&a=%20x&a=b")).build());
    for (AwsCredentials id : List.of(EXAMPLE, session)) {
      for (SdkHttpRequest r : requests) {
        SdkHttpRequest ours = new SigV4("bedrock", "eu-west-1", StaticCredentialsProvider.create(id), null,
            Clock.fixed(at, ZoneOffset.UTC)).sign(r, body);
        SdkHttpRequest sdk = AwsV4HttpSigner.create().sign(s -> s.identity(id).request(r)
            .payload(ContentStreamProvider.fromByteArray(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "bedrock")
            .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
            .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
        assertEquals(lower(sdk.headers()), lower(ours.headers()), r.getUri().toString());
      }
    }
  }

  private static Map<String, List<String>> lower(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>();
    headers.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }
}
