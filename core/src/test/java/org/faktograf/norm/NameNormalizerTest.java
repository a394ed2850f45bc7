package org.faktograf.norm;

import static org.faktograf.model.EntityType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.EntityType;
import org.faktograf.model.PersonName;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    /** The canonical name of the one mention {@code surface} in {@code text}. */
    private static CanonicalName name(String text, String surface, EntityType type) {
        Analysis a = new MentionedText(text).mention(surface, type).normalized();
        assertEquals(1, a.names().size());
        assertEquals(a.mentions().get(0).id(), a.names().get(0).mentionId());
        return a.names().get(0);
    }

    private static void person(String text, String surface, String canonical, String first, String patronymic, String last) {
        CanonicalName n = name(text, surface, PERSON);
        assertEquals(canonical, n.text(), surface);
        assertEquals(new PersonName(first, patronymic, last, null), n.person(), surface);
        assertNull(n.legalForm());
    }

    @Test
    void personsInTheNominative() {
        person("Путин встретился с главой региона Виктором Крессом.", "Виктором Крессом", "Виктор Кресс", "Виктор", null, "Кресс");
        person("По словам Андрея Зверева, производство начнётся в 2011 году.", "Андрея Зверева", "Андрей Зверев", "Андрей", null, "Зверев");
        person("Соглашение подписано с Анной Ивановой.", "Анной Ивановой", "Анна Иванова", "Анна", null, "Иванова");
        person("Кресс показал Путину свою инновационность.", "Путину", "Путин", null, null, "Путин");
        person("Кресс показал Путину свою инновационность.", "Кресс", "Кресс", null, null, "Кресс");
        person("Встреча с Владимиром Владимировичем Путиным прошла в Томске.", "Владимиром Владимировичем Путиным",
                "Владимир Владимирович Путин", "Владимир", "Владимирович", "Путин");
    }

    @Test
    void unknownAbbreviationsWebNamesAndIndeclinableWordsStayAsWritten() {
        assertEquals("Лента.ру", name("Об этом сообщает Лента.ру со ссылкой на источник.", "Лента.ру", ORGANIZATION).text());
        assertEquals("Дежавю", name("Группа Дежавю выступила в Москве.", "Дежавю", ORGANIZATION).text());
    }

    @Test
    void initialsAndSurnameFirst() {
        person("Документ подписал В. В. Путин.", "В. В. Путин", "В. В. Путин", "В.", "В.", "Путин");
        person("Документ подписал Путин В. В. вчера.", "Путин В. В.", "В. В. Путин", "В.", "В.", "Путин");
        person("Приказ подписал Путин Владимир Владимирович.", "Путин Владимир Владимирович",
                "Владимир Владимирович Путин", "Владимир", "Владимирович", "Путин");
    }

    @Test
    void foreignNamesAndFeminineSurnames() {
        person("Премьер встретился с Бараком Обамой в Вашингтоне.", "Бараком Обамой", "Барак Обама", "Барак", null, "Обама");
        person("Заявление сделал Барак Обама.", "Барак Обама", "Барак Обама", "Барак", null, "Обама");
        person("Об этом сообщил Жан-Мари Ле Пен.", "Жан-Мари Ле Пен", "Жан-Мари Ле Пен", "Жан-Мари", null, "Ле Пен");
        person("На встрече с Жан-Мари Ле Пеном говорили о выборах.", "Жан-Мари Ле Пеном", "Жан-Мари Ле Пен", "Жан-Мари", null, "Ле Пен");
        person("Сообщила об этом Анна Иванова.", "Анна Иванова", "Анна Иванова", "Анна", null, "Иванова");
        person("Иванова сказала, что решение принято.", "Иванова", "Иванова", null, null, "Иванова");
        person("Гонщик Фелипе Масса пришёл первым.", "Фелипе Масса", "Фелипе Масса", "Фелипе", null, "Масса");
        person("Переговоры Ху Цзиньтао и Обамы продолжились.", "Ху Цзиньтао", "Цзиньтао Ху", "Цзиньтао", null, "Ху");
        person("Соглашение подписал Иван Бозович.", "Иван Бозович", "Иван Бозович", "Иван", null, "Бозович");
        person("Премьер Израиля Беньямин Нетаньяху отказался.", "Беньямин Нетаньяху", "Беньямин Нетаньяху", "Беньямин", null, "Нетаньяху");
        person("Доли принадлежат Григорию Фингеру и другим.", "Григорию Фингеру", "Григорий Фингер", "Григорий", null, "Фингер");
        person("После смерти Кима Чен Ира КНДР падёт.", "Кима Чен Ира", "Чен Ир Ким", "Чен Ир", null, "Ким");
        // given names the dictionary knows only as other words (тора, хорх) stay as written
        person("Судьи: Тору Камикава (Япония).", "Тору Камикава", "Тору Камикава", "Тору", null, "Камикава");
        person("Судьи: Хорхе Ларрионда (Уругвай).", "Хорхе Ларрионда", "Хорхе Ларрионда", "Хорхе", null, "Ларрионда");
        person("Федерации доверяют Бесселю Петрову.", "Бесселю Петрову", "Бессель Петров", "Бессель", null, "Петров");
    }

    @Test
    void theSurnameSharesTheCaseTheFirstNameOrItsContextShows() {
        // a given name the dictionary lacks, read only as a genitive, puts the surname in the genitive
        person("Заместитель главы вооружённых сил генерал-лейтенанта Аксары Кердпола сообщил об этом.", "Аксары Кердпола",
                "Аксара Кердпол", "Аксара", null, "Кердпол");
        // a first word read only as a nominative keeps a foreign surname in -е as written
        person("Европу представляют арбитры: Грэм Полл (Англия), Франк Де Блекере (Бельгия).", "Франк Де Блекере",
                "Франк Де Блекере", "Франк", null, "Де Блекере");
        // an indeclinable given name takes the case of the name joined to it by и, or of a preposition
        person("Неудача постигла обоих его преследователей - Кими Райкконена и Марка Уэббера.", "Кими Райкконена",
                "Кими Райкконен", "Кими", null, "Райкконен");
        person("Победу у Кими Райкконена отобрал дождь.", "Кими Райкконена", "Кими Райкконен", "Кими", null, "Райкконен");
        person("Кими Райкконен и Марк Уэббер сошли с дистанции.", "Кими Райкконен", "Кими Райкконен", "Кими", null, "Райкконен");
        // a foreign surname in -у stays as written unless the first name itself shows the case (Григорию Фингеру)
        person("У Криштиану Роналду родилась двойня.", "Криштиану Роналду", "Криштиану Роналду", "Криштиану", null, "Роналду");
    }

    @Test
    void aGivenNameTheDictionaryKnowsOnlyAsAnotherWordTakesTheSurnamesCase() {
        // Сулима is read only as a form of сулить; Ямадаева, a man's genitive, makes it the genitive of Сулим
        person("Первоначально говорилось о заказном убийстве и похоронах Сулима Ямадаева.", "Сулима Ямадаева",
                "Сулим Ямадаев", "Сулим", null, "Ямадаев");
        person("Генпрокуратура передала дело Сулима Ямадаева в суд.", "Сулима Ямадаева", "Сулим Ямадаев", "Сулим", null, "Ямадаев");
    }

    @Test
    void anIndeclinableGivenNameStaysAsWritten() {
        // Аркади is also the genitive of Аркадя; beside a surname that shows no case, it is as written
        person("2. Леван Гачечиладзе — 24,98 % 3. Аркади Патаркацишвили — 6,69 % 4. Шалва Нателашвили — 6,49 %",
                "Аркади Патаркацишвили", "Аркади Патаркацишвили", "Аркади", null, "Патаркацишвили");
        // саше, a sachet, is indeclinable, but a lone given name is declined as a name
        person("Младшей дочери Барака и Мишель — Саше осталось ещё два года до окончания школы.", "Саше",
                "Саша", "Саша", null, null);
    }

    @Test
    void aBishopIsNamedByHisSeeNotBySurname() {
        CanonicalName n = name("Несмотря на занятость, архиепископ Лонгин Клинский лично провёл богослужение.", "Лонгин Клинский", PERSON);
        assertEquals(new PersonName("Лонгин", null, null, "Клинский"), n.person());
        assertEquals("Лонгин Клинский", n.text());
        assertEquals(new PersonName("Лонгин", null, null, "Клинский"),
                name("Встреча с архиепископом Лонгином Клинским прошла в Дюссельдорфе.", "Лонгином Клинским", PERSON).person());
        // without the title, the same words are a first name and a surname; so is a surname that is no adjective
        person("Выставку открыл художник Андрей Клинский.", "Андрей Клинский", "Андрей Клинский", "Андрей", null, "Клинский");
        person("Об этом заявил епископ Сергей Ряховский.", "Сергей Ряховский", "Сергей Ряховский", "Сергей", null, "Ряховский");
    }

    @Test
    void aLoneForeignSurnameAfterAThingIsItsOwnersGenitive() {
        person("Опыты показывают законы отражения и преломления, закон Гука, образование кристаллов.", "Гука",
                "Гук", null, null, "Гук");
        person("Следователи обнаружили в квартире Кристенсена кровь.", "Кристенсена", "Кристенсен", null, null, "Кристенсен");
        // after a word for a person it is in apposition, before a verb the subject: as written
        person("Об этом заявил вратарь Гука.", "Гука", "Гука", null, null, "Гука");
        person("14 февраля Рынска писала, что Игорь находится в Москве.", "Рынска", "Рынска", null, null, "Рынска");
        person("На полпути к финишу Запата дозаправится.", "Запата", "Запата", null, null, "Запата");
        // the text writes it beside a given name in the nominative: a nominative in -а
        Analysis a = new MentionedText("Обама посетил тюрьму, в которой отбывал срок Мандела. Нельсон Мандела провёл там 18 лет.")
                .mention("Мандела", PERSON).mention("Нельсон Мандела", PERSON).normalized();
        assertEquals("Мандела", a.names().get(0).text());
    }

    @Test
    void anArabicSonOfIsAPatronymic() {
        // Усамы: the dictionary's first reading is a plural, which no name of one person is
        person("Керри прибыл после ликвидации лидера Аль-Кайды Усамы бин Ладена.", "Усамы бин Ладена",
                "Усама бин Ладен", "Усама", "бин Ладен", null);
        person("Теория изложена в работах ибн Эзры и Авраама.", "ибн Эзры", "ибн Эзра", null, "ибн Эзра", null);
    }

    @Test
    void aNameInBracketsIsNoSurnamePart() {
        person("Чемпионкой Европы стала шахматистка из Турции Екатерина Аталык (Половникова) — 8,5 очков из 11.",
                "Екатерина Аталык (Половникова", "Екатерина Аталык", "Екатерина", null, "Аталык");
        // a nickname in brackets inside the name: the surname after it still counts
        assertEquals("McGirt", name("Чемпионом стал James (Buddy) McGirt из США.", "James (Buddy) McGirt", PERSON).person().last());
    }

    @Test
    void placesHeadPhraseInTheNominative() {
        assertEquals("Томская область", name("Губернатор Томской области Виктор Кресс.", "Томской области", STATE_OR_PROVINCE).text());
        assertEquals("Томск", name("Путин побывал в Томске.", "Томске", CITY).text());
        assertEquals("Нью-Йорк", name("Он прилетел из Нью-Йорка.", "Нью-Йорка", CITY).text());
        assertEquals("Ростов-на-Дону", name("Он прилетел в Ростове-на-Дону.", "Ростове-на-Дону", CITY).text());
        assertEquals("Нижний Новгород", name("Он живёт в Нижнем Новгороде.", "Нижнем Новгороде", CITY).text());
        assertEquals("Государственная дума", name("Закон приняли в Государственной думе.", "Государственной думе", ORGANIZATION).text());
        assertEquals("Томская особая экономическая зона", name("производство в Томской особой экономической зоне базовых станций",
                "Томской особой экономической зоне", ORGANIZATION).text());
        assertEquals("Соединённые Штаты Америки", name("Визит в США, или Соединенных Штатов Америки, закончился.",
                "Соединенных Штатов Америки", COUNTRY).text());
    }

    @Test
    void documentEvidenceAndApposition() {
        Analysis a = new MentionedText("Власти Кубы заявили, что на Кубе спокойно. Берега реки Славянки размыло.")
                .mention("Кубы", COUNTRY).mention("Кубе", COUNTRY).mention("реки Славянки", LOCATION).normalized();
        assertEquals("Куба", a.names().get(0).text(), "Кубы: the singular, not the plural of куб");
        assertEquals("Куба", a.names().get(1).text(), "Кубе: куба, as Кубы says, not куб");
        assertEquals("река Славянка", a.names().get(2).text(), "a name in apposition goes into the nominative too");
    }

    @Test
    void onlyTheHeadPhraseChangesDependentsStay() {
        assertEquals("администрация Томской области",
                name("соглашение с администрацией Томской области подписано", "администрацией Томской области", ORGANIZATION).text());
        assertEquals("Всемирная продовольственная и сельскохозяйственная организация",
                name("доклад Всемирной продовольственной и сельскохозяйственной организации вышел",
                        "Всемирной продовольственной и сельскохозяйственной организации", ORGANIZATION).text());
        assertEquals("13-я долговременная экспедиция", name("Экипаж 13-й долговременной экспедиции вернулся.",
                "13-й долговременной экспедиции", ORGANIZATION).text());
        assertEquals("глава региона", name("Путин встретился с главой региона Виктором Крессом.", "главой региона", PROFESSION).text());
        assertEquals("премьер", name("Губернатор доложил премьеру о ходе реализации проекта.", "премьеру", PROFESSION).text());
    }

    @Test
    void legalFormsApartQuotesNormalised() {
        String text = "соглашение между Nokia Siemens Networks, ОАО «Роснано», ЗАО «НПФ «Микран» и администрацией";
        CanonicalName mikran = name(text, "ЗАО «НПФ «Микран»", ORGANIZATION);
        assertEquals("НПФ «Микран»", mikran.text());
        assertEquals("ЗАО", mikran.legalForm());
        CanonicalName mikranName = name(text, "НПФ «Микран»", ORGANIZATION);
        assertEquals("НПФ «Микран»", mikranName.text());
        assertEquals("ЗАО", mikranName.legalForm());
        CanonicalName rosnano = name(text, "ОАО «Роснано»", ORGANIZATION);
        assertEquals("Роснано", rosnano.text());
        assertEquals("ОАО", rosnano.legalForm());
        assertEquals("ОАО", name(text, "Роснано", ORGANIZATION).legalForm());
        CanonicalName nsn = name(text, "Nokia Siemens Networks", ORGANIZATION);
        assertEquals("Nokia Siemens Networks", nsn.text());
        assertNull(nsn.legalForm());
        CanonicalName concern = name("генеральный директор концерна «Российская электроника» Андрей Зверев",
                "концерна «Российская электроника»", ORGANIZATION);
        assertEquals("Российская электроника", concern.text());
        assertEquals("концерн", concern.legalForm());
        CanonicalName spelled = name("акции открытого акционерного общества \"Газпром\" выросли",
                "открытого акционерного общества \"Газпром\"", ORGANIZATION);
        assertEquals("Газпром", spelled.text());
        assertEquals("ОАО", spelled.legalForm());
        assertEquals("движение «Солидарность»", name("лидер движения \"Солидарность\" заявил", "движения \"Солидарность\"", ORGANIZATION).text());
    }

    @Test
    void datesAndAmountsAsWritten() {
        assertEquals("27 мая 2010 года", name("Встреча прошла 27 мая 2010 года в Томске.", "27 мая 2010 года", DATE).text());
    }

    @Test
    void quotes() {
        assertEquals("НПФ «Микран»", Quotes.nameWithoutOuterQuotes("«НПФ «Микран»"));
        assertEquals("Роснано", Quotes.nameWithoutOuterQuotes("\"Роснано\""));
        assertEquals("Газета «Труд»", Quotes.nameWithoutOuterQuotes("Газета „Труд“"));
        assertEquals("«Газпром» и «Лукойл»", Quotes.nameWithoutOuterQuotes("«Газпром» и «Лукойл»"));
        assertEquals("НПФ «Микран»", Quotes.nameWithoutOuterQuotes("НПФ «Микран"));
    }
}
