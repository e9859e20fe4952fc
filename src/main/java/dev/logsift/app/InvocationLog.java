package dev.logsift.app;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.MDC;

/**
 * The fields every log line of one invocation carries (aws_request_id, function_version, cold_start), set
 * in the MDC when the handler starts and cleared when it returns or throws. cold_start is true for the
 * first invocation a handler instance serves: after a cold start or a SnapStart restore.
 */
final class InvocationLog {
  static final String REQUEST_ID = "aws_request_id";
  static final String FUNCTION_VERSION = "function_version";
  static final String COLD_START = "cold_start";

  /** Clears the invocation's fields; never throws. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private final AtomicBoolean first = new AtomicBoolean(true);

  Scope start(Context context) {
    MDC.clear();
    if (context != null) {
      put(REQUEST_ID, context.getAwsRequestId());
      put(FUNCTION_VERSION, context.getFunctionVersion());
    }
    MDC.put(COLD_START, Boolean.toString(first.getAndSet(false)));
    return MDC::clear;
  }

  private static void put(String key, String value) {
    if (value != null && !value.isBlank()) {
      MDC.put(key, value);
    }
  }
}
