package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFixesTest {

  @Test
  void headingSpaceLeavesFrontMatterCodeAndHashtagsAlone() {
    String text = "---\ntitle: \"#NotAHeading\"\n---\n#Amazon ECS\r\n\r\n```\n#include <x>\n```\n\n#1 priority\n";
    SourceFixes.Fixed f = SourceFixes.headingSpace(text);
    assertThat(f.count()).isEqualTo(1);
    assertThat(f.text()).isEqualTo("---\ntitle: \"#NotAHeading\"\n---\n# Amazon ECS\r\n\r\n```\n#include <x>\n```\n\n#1 priority\n");
  }

  @Test
  void boldHeadingsLoseTheirStars() {
    String text = "### **What is ECS?**\r\n## __Done__ ##\n### 🧱 **ECS**\n```\n### **code**\n```\n# **a** and **b**\n";
    SourceFixes.Fixed f = SourceFixes.boldHeadings(text);
    assertThat(f.count()).isEqualTo(2);
    assertThat(f.text()).isEqualTo("### What is ECS?\r\n## Done ##\n### 🧱 **ECS**\n```\n### **code**\n```\n# **a** and **b**\n");
  }

  @Test
  void chatResidueParagraphsAreDeleted() {
    String text = "# T\n\nFargate runs pods.\n\n**Does this explanation help clear things up?**\n";
    SourceFixes.Fixed f = SourceFixes.chatResidue(text);
    assertThat(f.count()).isEqualTo(1);
    assertThat(f.text()).isEqualTo("# T\n\nFargate runs pods.\n");
    String keep = "# T\n\nLet me explain how ECS schedules tasks.\n\n- Let me know if x\n";
    assertThat(SourceFixes.chatResidue(keep).text()).isEqualTo(keep);
  }
}
