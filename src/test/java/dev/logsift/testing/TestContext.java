package dev.logsift.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** A Lambda invocation context for handler tests: version 7 of the classifier, the time left given. */
public final class TestContext {
  private TestContext() {}

  public static Context of(String requestId, int remainingMillis) {
    return new Context() {
      public String getAwsRequestId() { return requestId; }
      public String getLogGroupName() { return "/aws/lambda/logsift-classifier"; }
      public String getLogStreamName() { return "s"; }
      public String getFunctionName() { return "logsift-classifier"; }
      public String getFunctionVersion() { return "7"; }
      public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:logsift-classifier:live"; }
      public CognitoIdentity getIdentity() { return null; }
      public ClientContext getClientContext() { return null; }
      public int getRemainingTimeInMillis() { return remainingMillis; }
      public int getMemoryLimitInMB() { return 1024; }
      public LambdaLogger getLogger() { return null; }
    };
  }
}
