package dev.logsift.classify;

import java.util.List;

/**
 * What sending requests to the model would cost, before sending them (eval --model prints it first). Tokens are
 * estimated from characters, so the figure is a rough upper-side guess, not a bill.
 */
public record CostEstimate(int calls, long inputTokens, long outputTokens, double usd) {
  // About 3.5 characters per token for English text mixed with log syntax; the tool definition adds a fixed part.
  static final double CHARS_PER_TOKEN = 3.5;
  static final int TOOL_TOKENS = 450;
  static final int OUTPUT_TOKENS_PER_CALL = 200;

  public static CostEstimate of(PromptTemplate prompt, KnownFailureCatalog known, List<ClassifyRequest> requests) {
    long input = 0;
    for (ClassifyRequest r : requests) {
      List<KnownFailure> kfs = known == null ? List.of() : known.forService(r.service());
      input += Math.round(prompt.render(PromptInputs.values(r, kfs)).length() / CHARS_PER_TOKEN) + TOOL_TOKENS;
    }
    long output = (long) OUTPUT_TOKENS_PER_CALL * requests.size();
    double usd = input * BedrockClassifier.USD_PER_INPUT_TOKEN + output * BedrockClassifier.USD_PER_OUTPUT_TOKEN;
    return new CostEstimate(requests.size(), input, output, usd);
  }
}
