package org.ogireport.importer.variants;

import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;

/**
 * A government site's saved page around a report exported from Word, 200–400 KB as saved: a
 * head with scripts and styles, navigation and breadcrumb, the headline in the article, only in
 * {@code <title>}, or without the organ (then named by the page title's site name or the 来源
 * line), the 来源/发布时间/浏览次数 line, Word's markup in the article ({@code MsoNormal} paragraphs,
 * spans with inline styles, {@code &nbsp;}, a row of empty spacer cells after each table),
 * attachments, share buttons, related links and the footer.
 */
final class SitePage {

  private static final String SCRIPT = "!function(e,t){\"object\"==typeof exports&&\"undefined\"!=typeof "
      + "module?module.exports=t():\"function\"==typeof define&&define.amd?define(t):(e=e||self).Swiper=t()}"
      + "(this,function(){\"use strict\";var e=\"undefined\"==typeof document?{body:{},addEventListener:"
      + "function(){},removeEventListener:function(){},activeElement:{blur:function(){},nodeName:\"\"}};";
  private static final String STYLE = ".header{width:1200px;margin:0 auto;height:120px;background:url(../images/"
      + "banner.jpg) no-repeat}.nav li{float:left;width:120px;line-height:46px;text-align:center;font-size:"
      + "18px}.article .title{font-size:26px;color:#c00;text-align:center;padding:20px 0}\n";
  private static final List<String> NAV = List.of("首页", "政务公开", "政府信息公开指南", "政府信息公开制度",
      "法定主动公开内容", "政府信息公开年报", "依申请公开", "政务服务", "互动交流", "走进本地", "专题专栏");

  private final Random random;
  private final Document document;

  SitePage(Random random, Document document) {
    this.random = random;
    this.document = document;
  }

  String render(AnnualReport report, List<Grid> tables) {
    String organ = report.getOrgan();
    String headline = organ + report.getYear() + "年政府信息公开工作年度报告";
    String bare = report.getYear() + "年政府信息公开工作年度报告";
    int mode = random.nextInt(4);
    String pageTitle = switch (mode) {
      case 2 -> bare + "_" + organ;
      case 3 -> bare + "_政府信息公开年报";
      default -> headline + "_政府信息公开年报_" + organ + "门户网站";
    };
    String source = mode == 3 ? organ : "本网";
    StringBuilder sb = new StringBuilder(320_000);
    sb.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>")
        .append(pageTitle).append("</title>\n<meta name=\"ArticleTitle\" content=\"").append(headline)
        .append("\">\n<style>\n");
    for (int i = 0; i < 120; i++) {
      sb.append(STYLE);
    }
    sb.append("</style>\n<script type=\"text/javascript\">\n");
    for (int i = 0; i < 450; i++) {
      sb.append(SCRIPT).append('\n');
    }
    sb.append("</script>\n</head>\n<body>\n<div class=\"header\"><div class=\"logo\">")
        .append(organ).append("</div>\n<ul class=\"nav\">\n");
    for (int i = 0; i < 40; i++) {
      for (String item : NAV) {
        sb.append("<li><a href=\"/col/col").append(1000 + i).append("/index.html\">").append(item)
            .append("</a></li>\n");
      }
    }
    sb.append("</ul></div>\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a>&nbsp;&gt;&nbsp;"
        + "<a href=\"/zwgk/\">政务公开</a>&nbsp;&gt;&nbsp;<a href=\"/zwgk/nb/\">政府信息公开年报</a></div>\n"
        + "<div class=\"article\">\n");
    if (mode == 0) {
      sb.append("<h1 class=\"title\">").append(headline).append("</h1>\n");
    } else if (mode >= 2) {
      sb.append("<div class=\"title\">").append(bare).append("</div>\n");
    }
    sb.append("<div class=\"info\"><span>来源：").append(source)
        .append("</span>&nbsp;&nbsp;<span>发布时间：").append(report.getYear() + 1)
        .append("-01-2").append(random.nextInt(9)).append(" 09:30</span>&nbsp;&nbsp;"
            + "<span>浏览次数：<script>document.write(hits)</script></span>&nbsp;&nbsp;"
            + "<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>\n"
            + "<div class=\"content\" id=\"zoom\"><div class=WordSection1 style='layout-grid:15.6pt'>\n");
    Prose prose = new Prose(report, random);
    paragraph(sb, prose.opening(), false);
    paragraph(sb, Prose.HEADINGS.get(0), true);
    prose.overview().forEach(p -> paragraph(sb, p, false));
    for (int t = 0; t < tables.size(); t++) {
      paragraph(sb, Prose.HEADINGS.get(t + 1), true);
      document.htmlTable(sb, tables.get(t));
    }
    paragraph(sb, Prose.HEADINGS.get(4), true);
    prose.problems().forEach(p -> paragraph(sb, p, false));
    paragraph(sb, Prose.HEADINGS.get(5), true);
    paragraph(sb, prose.otherMatters(), false);
    if (random.nextBoolean()) {
      paragraph(sb, organ, false);
      paragraph(sb, (report.getYear() + 1) + "年1月2" + random.nextInt(9) + "日", false);
    }
    sb.append("</div></div>\n<div class=\"attach\">附件下载：<a href=\"/att/").append(report.getYear())
        .append(".pdf\">").append(bare).append(".pdf</a></div>\n"
            + "<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n"
            + "<div class=\"print\">【<a href=\"javascript:window.print()\">打印本页</a>】"
            + "【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n</div>\n"
            + "<div class=\"related\"><h3>相关链接</h3><ul>");
    for (int i = 0; i < 12; i++) {
      sb.append("<li><a>").append(report.getYear() - i % 5).append("年政府信息公开工作年度报告</a></li>");
    }
    sb.append("</ul></div>\n<div class=\"footer\">主办单位：").append(organ)
        .append("办公室&nbsp;&nbsp;版权所有&nbsp;&nbsp;网站标识码：3501000011&nbsp;&nbsp;闽ICP备05000000号"
            + "</div>\n<script>var _hmt=_hmt||[];(function(){var hm=document.createElement(\"script\");})();"
            + "</script>\n</body></html>\n");
    return sb.toString();
  }

  private static void paragraph(StringBuilder sb, String text, boolean heading) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
    sb.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;"
        + "mso-line-height-rule:exactly'>");
    if (heading) {
      sb.append("<b><span style='font-size:16.0pt;font-family:黑体'>").append(escaped)
          .append("<span lang=EN-US><o:p></o:p></span></span></b>");
    } else {
      sb.append("<span style='font-size:16.0pt;font-family:仿宋_GB2312'>").append(escaped)
          .append("</span>");
    }
    sb.append("</p>\n");
  }
}
