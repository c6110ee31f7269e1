package versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void logsGetAPlainLinePerTenthAfterTheFirstSecond() throws InterruptedException {
    StringWriter out = new StringWriter();
    ProgressLine p = new ProgressLine(new PrintWriter(out, true), false);
    p.update("notes", 1, 100);
    assertThat(out.toString()).as("quiet during the first second").isEmpty();
    Thread.sleep(1050);
    for (int i = 1; i <= 100; i++) {
      p.update("notes", i, 100);
    }
    assertThat(out.toString().lines()).hasSize(11).first().isEqualTo("Rendering notes: 1/100");
    assertThat(out.toString().lines()).last().isEqualTo("Rendering notes: 100/100");
  }

  @Test
  void terminalsGetOneLineUpdatedInPlace() throws InterruptedException {
    StringWriter out = new StringWriter();
    ProgressLine p = new ProgressLine(new PrintWriter(out, true), true);
    Thread.sleep(1050);
    p.update("pages", 50, 100);
    p.finish();
    assertThat(out.toString()).isEqualTo("\rWriting pages: 50/100\r\u001b[K");
  }
}
