internal import Foundation

/// The words reckon itself writes in a chart (qualifiers, the legend's explanations, the source line,
/// the date of the latest data, the names of combined sources) in the chart's language: English,
/// German, French, Spanish, Ukrainian, Russian, Korean and Arabic. A language without a word here
/// writes it in English.
///
/// The words are a table in code rather than Foundation `.strings` resources: a resource bundle must
/// be installed beside the binary, and `Bundle.module` stops the program when it is missing, which a
/// single statically linked `reckon` copied to a server must never do.
enum ChartWords {
    /// The languages with words of their own, by their code.
    static let languages = ["de", "fr", "es", "uk", "ru", "ko", "ar"]

    /// `english` in the language `code` (`de`, `uk`), or `english` itself.
    static func word(_ english: String, language code: String?) -> String {
        guard let code, let i = languages.firstIndex(of: code), let row = table[english] else { return english }
        return row[i]
    }

    /// Each English word or phrase, and its translations in the order of ``languages``. `%d` stands
    /// for a count and `%@` for a name.
    static let table: [String: [String]] = [
        "about": ["etwa", "environ", "aprox.", "близько", "около", "약", "حوالي"],
        "at least": ["mindestens", "au moins", "al menos", "щонайменше", "не менее", "최소", "على الأقل"],
        "at most": ["höchstens", "au plus", "como máximo", "щонайбільше", "не более", "최대", "على الأكثر"],
        "range of an estimate": [
            "Spanne einer Schätzung", "fourchette d’une estimation", "rango de una estimación", "діапазон оцінки",
            "диапазон оценки", "추정 범위", "نطاق تقدير",
        ],
        "interpolated between estimates": [
            "zwischen Schätzungen interpoliert", "interpolé entre les estimations", "interpolado entre estimaciones",
            "інтерпольовано між оцінками", "интерполировано между оценками", "추정치 사이 보간", "استيفاء بين التقديرات",
        ],
        "interpolated, also through bounds": [
            "interpoliert, auch über Grenzwerte", "interpolé, y compris par les bornes", "interpolado, también entre cotas",
            "інтерпольовано, також через межі", "интерполировано, также через границы", "보간(경계값 포함)",
            "استيفاء، عبر الحدود أيضًا",
        ],
        "spread evenly from a total over more days": [
            "gleichmäßig verteilt aus einer Summe über mehrere Tage", "réparti également d’un total sur plusieurs jours",
            "repartido por igual de un total de varios días", "рівномірно розподілено із суми за кілька днів",
            "равномерно распределено из суммы за несколько дней", "여러 날 합계를 고르게 나눔", "موزع بالتساوي من مجموع عدة أيام",
        ],
        "incomplete period": [
            "unvollständiger Zeitraum", "période incomplète", "período incompleto", "неповний період", "неполный период",
            "불완전한 기간", "فترة غير مكتملة",
        ],
        "95% prediction interval": [
            "95-%-Prognoseintervall", "intervalle de prévision à 95 %", "intervalo de predicción del 95 %",
            "95% інтервал прогнозу", "95% интервал прогноза", "95% 예측 구간", "فترة تنبؤ 95٪",
        ],
        "Source": ["Quelle", "Source", "Fuente", "Джерело", "Источник", "출처", "المصدر"],
        "Sources": ["Quellen", "Sources", "Fuentes", "Джерела", "Источники", "출처", "المصادر"],
        "Latest data": [
            "Datenstand", "Dernières données", "Últimos datos", "Останні дані", "Последние данные", "최신 데이터", "آخر البيانات",
        ],
        "%d sources": ["%d Quellen", "%d sources", "%d fuentes", "джерел: %d", "источников: %d", "출처 %d곳", "%d مصادر"],
        "%@ and %d more": [
            "%@ und %d weitere", "%@ et %d autres", "%@ y %d más", "%@ та ще %d", "%@ и ещё %d", "%@ 외 %d곳", "%@ و%d أخرى",
        ],
        "Median of the sources": [
            "Median der Quellen", "Médiane des sources", "Mediana de las fuentes", "Медіана джерел", "Медиана источников",
            "출처 중앙값", "وسيط المصادر",
        ],
        "Mean of the sources": [
            "Mittel der Quellen", "Moyenne des sources", "Media de las fuentes", "Середнє джерел", "Среднее источников",
            "출처 평균", "متوسط المصادر",
        ],
        "Spread of the sources": [
            "Spanne der Quellen", "Écart entre les sources", "Dispersión de las fuentes", "Розкид джерел", "Разброс источников",
            "출처 간 범위", "تباين المصادر",
        ],
    ]
}

extension ChartLocale {
    /// The language of the locale (`de` for `de-CH`), or nil for reckon's own style.
    var language: String? {
        identifier.map { String($0.prefix { $0 != "-" && $0 != "_" }).lowercased() }
    }

    /// A word or phrase reckon writes (`about`, `Source`), in the locale's language: German, French,
    /// Spanish, Ukrainian, Russian, Korean or Arabic; English otherwise.
    public func word(_ english: String) -> String { ChartWords.word(english, language: language) }

    /// A phrase with a count (`%d sources`) or a name and a count (`%@ and %d more`), in the locale's
    /// language, the count in its digits.
    func phrase(_ english: String, name: String = "", count: Int) -> String {
        word(english).replacingOccurrences(of: "%@", with: name).replacingOccurrences(of: "%d", with: plain(count))
    }
}
