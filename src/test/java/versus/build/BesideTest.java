package versus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BesideTest {

  @Test
  void joinReturnsWhatTheWorkMadeOnItsOwnThread() {
    Beside<String> beside = Beside.start("versus-test", () -> Thread.currentThread().getName());
    assertThat(beside.join()).isEqualTo("versus-test");
  }

  @Test
  void joinRethrowsWhatTheWorkThrewAsItWas() {
    IllegalArgumentException thrown = new IllegalArgumentException("bad page");
    Beside<String> failing = Beside.start("versus-test", () -> {
      throw thrown;
    });
    assertThatThrownBy(failing::join).isSameAs(thrown);
    Beside<String> error = Beside.start("versus-test", () -> {
      throw new StackOverflowError();
    });
    assertThatThrownBy(error::join).isInstanceOf(StackOverflowError.class);
  }
}
