package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers a compiler gives generated code are masked in frame names; names of code are not. */
class GeneratedOrdinalsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Acme.Jobs.LabelPrinter.<>c__DisplayClass5_0.<<PrintAsync>b__0>d.MoveNext | Acme.Jobs.LabelPrinter.<>c__DisplayClass<*>.<<PrintAsync>b__<*>>d.MoveNext
      Orders.Api.OrdersController.<Get>d__5.MoveNext                          | Orders.Api.OrdersController.<Get>d__<*>.MoveNext
      com.acme.Dispatcher.lambda$dispatch$3                                   | com.acme.Dispatcher.lambda$dispatch$<*>
      com.acme.Scheduler$1.run                                                | com.acme.Scheduler$<*>.run
      com.acme.Codec$Http2Codec.decode                                        | com.acme.Codec$Http2Codec.decode
      com.acme.Codec$Base64Decoder.decode                                     | com.acme.Codec$Base64Decoder.decode
      com.acme.Orders$$Lambda$123/0x0000000800c03000.apply                    | com.acme.Orders$$Lambda$<*>.apply
      github.com/acme/ledger/sync.(*Worker).process.func2                     | github.com/acme/ledger/sync.(*Worker).process.func<*>
      github.com/acme/ledger/sync.(*Worker).process.func2.1                   | github.com/acme/ledger/sync.(*Worker).process.func<*>
      github.com/acme/ledger/sync.(*Worker).function                          | github.com/acme/ledger/sync.(*Worker).function
      snake__case_name                                                        | snake__case_name
      """)
  void masksOnlyTheCompilersNumbers(String frame, String expected) {
    assertEquals(expected, StackTraces.generatedOrdinals(frame));
  }
}
