using Bantin.Text.Normalization;

namespace Bantin.News.Readers.Html;

/// <summary>
/// Templates of the big Vietnamese outlets. Each rule's comment sketches the markup it targets; comma lists carry the
/// current and the previous template. Generic clean-up (<see cref="ContentCleaner"/>) still runs after a rule's own
/// junk list, so a rule names only what the generic pass would miss.
/// </summary>
internal static class SiteRules
{
    public static readonly SiteRule[] All =
    [
        // <ul class="breadcrumb"><li><a>Thời sự</a>… <span class="date">Thứ hai, 12/1/2018, 10:30 (GMT+7)</span>
        // <h1 class="title-detail"> <p class="description"><span class="location-stamp">Hà Nội</span>…</p>
        // <article class="fck_detail"><p class="Normal">… <figure class="tplCaption">… <div class="box_embed_video">…
        // <p class="Normal" style="text-align:right;"><strong>Trọng Giáp</strong></p></article>; related and comments after.
        new SiteRule
        {
            Source = "VnExpress", Hosts = ["vnexpress.net"], Names = ["vnexpress"],
            Title = "h1.title-detail, h1.title_news_detail", Sapo = "p.description, h2.description",
            Body = "article.fck_detail, div.fck_detail", Author = "p.author_mail strong, p.author strong",
            Date = "span.date, div.header-content .date", Category = "ul.breadcrumb li a",
            Junk = "table.tplCaption, .box_embed_video, .box_brief_info, .box-tinlienquanv2, .list-news",
            Stamp = "span.location-stamp",
        },
        // VCCorp CMS: <div class="detail-cate"><a>Thời sự</a></div> <h1 class="detail-title" data-role="title">
        // <div class="detail-time"><div data-role="publishdate">12/01/2018 10:30 GMT+7</div></div>
        // <div class="detail-author"><a class="name">NGỌC AN</a></div> <h2 class="detail-sapo">TTO - …</h2>
        // <div class="detail-content" data-role="content"><p>… <figure type="Photo">… <div type="RelatedOneNews">…
        new SiteRule
        {
            Source = "Tuổi Trẻ", Hosts = ["tuoitre.vn"], Names = ["tuoitre"],
            Title = "h1.detail-title, h1.article-title", Sapo = "h2.detail-sapo, h2.sapo",
            Body = "div.detail-content[data-role='content'], div#main-detail-body",
            Author = "div.detail-author .name, div.author-info .name, div.author",
            Date = "div.detail-time [data-role='publishdate'], div.date-time", Category = "div.detail-cate a",
            Junk = VcCorpJunk + ", .detail-tab",
        },
        // VCCorp CMS like Tuổi Trẻ, body in <div class="detail-cmain"><div class="detail-content" data-role="content">;
        // photo boxes are <figure class="picture">, related boxes <div class="box-related">.
        new SiteRule
        {
            Source = "Thanh Niên", Hosts = ["thanhnien.vn"], Names = ["thanhnien"],
            Title = "h1.detail-title", Sapo = "h2.detail-sapo",
            Body = "div.detail-cmain, div#abody",
            Author = "div.detail-author .name, div.author-info .name",
            Date = "div.detail-time [data-role='publishdate']", Category = "div.detail-cate a, ul.breadcrumb a",
            Junk = VcCorpJunk + ", .detail-tag",
        },
        // <ul class="dt-breadcrumb"><li><a>Xã hội</a>… <h1 class="title-page detail">
        // <div class="author-wrap"><div class="author-name"><a><b>Hoàng Anh</b></a></div>
        // <time class="author-time" datetime="2018-01-12 10:30">…</time></div>
        // <h2 class="singular-sapo">(Dân trí) - …</h2> <div class="singular-content"><p>… <figure class="image">…
        new SiteRule
        {
            Source = "Dân trí", Hosts = ["dantri.com.vn"], Names = ["dantri"],
            Title = "h1.title-page, h1.e-magazine__title", Sapo = "h2.singular-sapo, .e-magazine__sapo",
            Body = "div.singular-content, div.e-magazine__body", Author = "div.author-name",
            Date = "time.author-time", Category = "ul.dt-breadcrumb li a",
            Junk = "article.article-related, .dt-related, .singular-related",
        },
        // <div class="bread-crumb-detail"><ul><li><a>Thời sự</a>… <div class="bread-crumb-detail__time">Thứ Hai, 12/01/2018 - 10:30</div>
        // <h1 class="content-detail-title"> <h2 class="content-detail-sapo"> <div class="maincontent" id="maincontent">
        // <p>… <figure class="vnn-content-image">… <div class="article-relate">…
        // author after the body: <div class="article-detail-author__info"><span class="name"><a>Minh Hạnh</a></span>
        new SiteRule
        {
            Source = "VietnamNet", Hosts = ["vietnamnet.vn"], Names = ["vietnamnet"],
            Title = "h1.content-detail-title", Sapo = "h2.content-detail-sapo",
            Body = "div#maincontent, div.maincontent", Author = ".article-detail-author__info .name",
            Date = "div.bread-crumb-detail__time", Category = "div.bread-crumb-detail li a",
            Junk = ".insert-wiki-content, .vnn-share-social",
        },
        // <article class="the-article"><header><p class="the-article-category"><a>Xuất bản</a></p>
        // <h1 class="the-article-title"> <ul class="the-article-meta"><li class="the-article-author"><a>…</a></li>
        // <li class="the-article-publish">10:30 12/1/2018</li></ul></header> <p class="the-article-summary">
        // <div class="the-article-body"><p>… <table class="picture">… <div class="inner-article">(related)…
        // <div class="the-article-credit"><p class="author">…</p><p class="source">Theo …</p></div>
        new SiteRule
        {
            Source = "Znews", Hosts = ["znews.vn", "zingnews.vn", "news.zing.vn"], Names = ["znews", "zingnews"],
            Title = "h1.the-article-title", Sapo = "p.the-article-summary", Body = "div.the-article-body",
            Author = "li.the-article-author, div.the-article-credit p.author",
            Date = "li.the-article-publish", Category = "p.the-article-category a",
            Credits = "div.the-article-credit p.source",
            Junk = "table.picture, .inner-article, .the-article-tags",
        },
        // Older template: <div class="breadcrumbs"><a>Thời sự</a>… <h1 class="title-content">
        // <span class="ngayxuatban">12-01-2018 - 10:30</span> <h2 class="sapo-detail">(NLĐO) - …</h2>
        // <div class="content-news-detail"><p>… <div type="RelatedNewsBox">… <p class="author">Nam Khánh</p></div>
        // The 2023 template is VCCorp's (detail-title, detail-sapo, detail-cmain).
        new SiteRule
        {
            Source = "Người Lao Động", Hosts = ["nld.com.vn"], Names = ["nguoilaodong", "nldo"],
            Title = "h1.title-content, h1.detail-title", Sapo = "h2.sapo-detail, h2.detail-sapo",
            Body = "div.content-news-detail, div.detail-cmain div[data-role='content']",
            Author = "div.content-news-detail p.author, div.detail-author .name",
            Date = "span.ngayxuatban, div.detail-time [data-role='publishdate']",
            Category = "div.breadcrumbs a, div.detail-cate a",
            Junk = VcCorpJunk,
        },
        // <ul class="breadcrumb"><li><a>Thời sự</a>… <section class="nd-detail"><h1> <div class="author-make">
        // <span class="time-update">Thứ Sáu, 12/01/2018 10:30 (GMT+07:00)</span></div> <h2 class="inline-nb">(VTC News) - …</h2>
        // <div class="edittor-content"><p>… <figure class="expNoEdit">… <div class="related-news">…
        // <p style="text-align:right"><strong>Phương Anh</strong></p>
        new SiteRule
        {
            Source = "VTC News", Hosts = ["vtc.vn"], Names = ["vtcnews", "baodientuvtcnews"],
            Title = "section.nd-detail h1", Sapo = "section.nd-detail h2.inline-nb",
            Body = "div.edittor-content", Author = "div.author-make .author",
            Date = "span.time-update", Category = "ul.breadcrumb li a",
            Junk = ".related-news, .tin-lq",
        },
    ];

    // Boxes of the VCCorp CMS (Tuổi Trẻ, Thanh Niên, Người Lao Động): inserted objects carry a type attribute.
    private const string VcCorpJunk =
        "[type='RelatedOneNews'], [type='RelatedNewsBox'], [type='VideoStream'], [type='Video'], [type='Photo'], "
        + "[type='PhotoGallery'], [type='link'], .box-related";

    /// <summary>The rule for a page's URL host, else for its site name; null for other sites.</summary>
    public static SiteRule? Find(string? url, string? siteName)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.ToLowerInvariant();
            foreach (var rule in All)
                foreach (var h in rule.Hosts)
                    if (host == h || host.EndsWith("." + h, StringComparison.Ordinal)) return rule;
            return null; // another site, whatever it calls itself
        }
        if (string.IsNullOrWhiteSpace(siteName)) return null;
        var folded = Fold(siteName);
        foreach (var rule in All)
            foreach (var name in rule.Names)
                if (folded.Contains(name, StringComparison.Ordinal)) return rule;
        return null;
    }

    private static string Fold(string s) =>
        new(DiacriticFolder.Fold(s).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
