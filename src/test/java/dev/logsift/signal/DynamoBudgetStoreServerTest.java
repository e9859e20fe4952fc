package dev.logsift.signal;

import dev.logsift.testing.Dynalite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The contract against dynalite; the sibling is a second client, as a second Lambda instance would have. */
@Tag("server")
class DynamoBudgetStoreServerTest extends BudgetStoreContract {
  private BudgetStore store;
  private BudgetStore sibling;

  @BeforeEach
  void setUp() {
    Dynalite d = Dynalite.shared();
    String table = d.newTable();
    store = new DynamoBudgetStore(d.client(), table);
    sibling = new DynamoBudgetStore(Dynalite.newClient(d.endpoint()), table);
  }

  @Override
  BudgetStore store() {
    return store;
  }

  @Override
  BudgetStore sibling() {
    return sibling;
  }
}
