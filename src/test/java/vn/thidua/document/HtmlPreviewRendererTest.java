package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.BlockKind;
import vn.thidua.document.OfficialDocument.Span;

class HtmlPreviewRendererTest {

    /** Parses the fragment as XML, which fails unless it is well-formed with exactly one root element. */
    static Element root(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static String text(Element root) {
        return root.getTextContent().replaceAll("\\s+", " ");
    }

    @Test
    void oneStyledPageRootWithHeaderTitleBodyClosingAndAnnex() throws Exception {
        String html = HtmlPreviewRenderer.render(Plans.plan());

        assertThat(html).startsWith("<div class=\"od-page\"").endsWith("</div>");
        Element root = root(html);
        assertThat(root.getTagName()).isEqualTo("div");
        assertThat(root.getAttribute("class")).isEqualTo("od-page");
        assertThat(root.getAttribute("style"))
                .contains("max-width:210mm")
                .contains("padding:20mm 15mm 20mm 30mm")
                .contains("'Times New Roman',serif")
                .contains("font-size:13pt")
                .contains("background:#fff")
                .contains("box-shadow");
        assertThat(elements(root, "style")).isEmpty();
        assertThat(elements(root, "script")).isEmpty();
        assertThat(elements(root, "link")).isEmpty();
        assertThat(html.split(" class=", -1)).hasSize(2);
        assertThat(html).doesNotContain("<style").doesNotContain("<script");

        assertThat(text(root))
                .contains("PHÒNG GD&ĐT THÀNH PHỐ THÁI NGUYÊN")
                .contains("TRƯỜNG MẦM NON QUANG TRUNG")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains(Plans.NUMBER)
                .contains("TP. Thái Nguyên, ngày 20 tháng 10 năm 2016")
                .contains("KẾ HOẠCH")
                .contains("Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2016 - 2020")
                .contains("Nơi nhận:")
                .contains("- Phòng GDĐT TPTN (B/c);")
                .contains("HIỆU TRƯỞNG")
                .contains(Plans.SIGNER)
                .contains("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN");

        // Spans are <b>, <i> and <u>.
        assertThat(elements(root, "b")).extracting(Element::getTextContent).contains("xây dựng và nhân rộng");
        assertThat(elements(root, "i")).extracting(Element::getTextContent).contains("cán bộ, giáo viên, nhân viên");
        assertThat(elements(root, "u")).extracting(Element::getTextContent).containsExactly("thực hiện thắng lợi");

        // Header and closing are borderless; the timeline and the annex table are bordered, with a header row.
        List<Element> tables = elements(root, "table");
        assertThat(tables).hasSize(4);
        assertThat(tables.get(0).getAttribute("style")).contains("border:none");
        assertThat(tables.get(2).getAttribute("style")).contains("border:none");
        Element timeline = tables.get(1);
        assertThat(elements(timeline, "th"))
                .extracting(Element::getTextContent)
                .containsExactly("TT", "Nội dung công việc", "Thời gian", "Người thực hiện");
        assertThat(elements(timeline, "td"))
                .allMatch(td -> td.getAttribute("style").contains("border:1px solid #000"));
        assertThat(elements(tables.get(3), "td"))
                .extracting(Element::getTextContent)
                .contains("Nguyễn Thị Hằng", "Phó Hiệu trưởng");

        // The annex follows a dashed rule.
        assertThat(elements(root, "hr")).anyMatch(hr -> hr.getAttribute("style").contains("dashed"));
    }

    @Test
    void allTextIsEscaped() throws Exception {
        OfficialDocument document = OfficialDocument.builder("Trường <b>Mầm non</b>", "Thông báo")
                .number("Số: 01/TB-MNQT")
                .subject("<script>alert('tiêu đề')</script> & \"trích yếu\"")
                .block(Block.rich(
                        BlockKind.PARAGRAPH,
                        List.of(Span.plain("Nội dung "), new Span("<script>alert(1)</script>", true, false, false))))
                .block(Block.paragraph("Dòng một\nDòng hai"))
                .recipient("<img src=x onerror=alert(1)>")
                .build();

        String html = HtmlPreviewRenderer.render(document);

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<b>Mầm non</b>")
                .contains("&lt;script&gt;alert(&#39;tiêu đề&#39;)&lt;/script&gt; &amp; &quot;trích yếu&quot;")
                .contains("<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>")
                .contains("Dòng một<br/>Dòng hai");
        Element root = root(html);
        assertThat(elements(root, "script")).isEmpty();
        assertThat(elements(root, "img")).isEmpty();
        assertThat(text(root))
                .contains("<script>alert('tiêu đề')</script> & \"trích yếu\"")
                .contains("TRƯỜNG <B>MẦM NON</B>");
    }

    @Test
    void aMinimalDocumentIsStillOneRoot() throws Exception {
        Element root =
                root(HtmlPreviewRenderer.render(OfficialDocument.builder("Trường Mầm non Quang Trung", "Thông báo")
                        .build()));
        assertThat(root.getAttribute("class")).isEqualTo("od-page");
        assertThat(text(root)).contains("THÔNG BÁO");
        Node next = root.getNextSibling();
        assertThat(next).isNull();
    }
}
