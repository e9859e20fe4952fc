package dev.logsift.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** What the Lambda runtime hands a handler, as far as logsift reads it (the remaining time). */
final class BenchContext implements Context {
  @Override public String getAwsRequestId() { return "8f5f2f4e-0000-4000-8000-000000000001"; }
  @Override public String getLogGroupName() { return "/aws/lambda/logsift-bench"; }
  @Override public String getLogStreamName() { return "2026/11/27/[$LATEST]0123456789abcdef"; }
  @Override public String getFunctionName() { return "logsift-bench"; }
  @Override public String getFunctionVersion() { return "$LATEST"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:logsift-bench"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return 60_000; }
  @Override public int getMemoryLimitInMB() { return 1024; }
  @Override public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override public void log(String message) { System.err.print(message); }
      @Override public void log(byte[] message) { System.err.write(message, 0, message.length); }
    };
  }
}
