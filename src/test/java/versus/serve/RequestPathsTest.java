package versus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestPathsTest {

  @Test
  void foldersMapToTheirIndexAndFilesToThemselves() {
    assertThat(RequestPaths.sitePath(URI.create("/"))).isEqualTo("index.html");
    assertThat(RequestPaths.sitePath(URI.create("/ecs/"))).isEqualTo("ecs/index.html");
    assertThat(RequestPaths.sitePath(URI.create("/assets/style.abc.css?v=1"))).isEqualTo("assets/style.abc.css");
    assertThat(RequestPaths.sitePath(URI.create("/my%20notes/"))).isEqualTo("my notes/index.html");
    assertThat(RequestPaths.sitePath(URI.create("/%C3%BCber/"))).isEqualTo("über/index.html");
  }

  @Test
  void refusesClimbingAndHiddenSeparators() {
    for (String bad : new String[] {"/../x", "/a/../../x", "/%2e%2e/x", "/a%2fb", "/a%2Fb", "/a%5cb", "/a%00b", "/./x"}) {
      assertThat(RequestPaths.sitePath(URI.create(bad))).as(bad).isNull();
    }
  }
}
