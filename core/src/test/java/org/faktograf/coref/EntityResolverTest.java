package org.faktograf.coref;

import static org.faktograf.model.EntityType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Entity;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.norm.MentionedText;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private Analysis resolve(MentionedText t) {
        return resolver.apply(t.normalized());
    }

    /** The entity holding the {@code n}-th mention (in text order) whose text is {@code surface}. */
    private static Entity entityOf(Analysis a, String surface, int n) {
        int seen = 0;
        for (Mention m : a.mentions()) {
            if (a.text(m.start(), m.end()).equals(surface) && seen++ == n) {
                for (Entity e : a.entities()) {
                    if (e.mentionIds().contains(m.id())) {
                        return e;
                    }
                }
                return null;
            }
        }
        throw new AssertionError("no mention " + surface);
    }

    @Test
    void onePersonFromSurnameAndFullNames() {
        Analysis a = resolve(new MentionedText("Кресс показал Путину свою инновационность. Путин встретился с Виктором Крессом. "
                + "Виктор Кресс рассказал о проекте, а Владимир Путин его выслушал.")
                .mention("Кресс", PERSON).mention("Путину", PERSON).mention("Путин", PERSON)
                .mention("Виктором Крессом", PERSON).mention("Виктор Кресс", PERSON).mention("Владимир Путин", PERSON));
        assertEquals(2, a.entities().size());
        Entity kress = a.entities().get(0);
        Entity putin = a.entities().get(1);
        assertEquals("e0", kress.id());
        assertEquals("Виктор Кресс", kress.name());
        assertEquals(new PersonName("Виктор", null, "Кресс", null), kress.person());
        assertEquals(List.of("m0", "m3", "m4"), kress.mentionIds());
        assertEquals("Владимир Путин", putin.name());
        assertEquals(List.of("m1", "m2", "m5"), putin.mentionIds());
    }

    @Test
    void differentFirstNamesStayApartAndLoneSurnameTakesTheNearest() {
        Analysis a = resolve(new MentionedText("Анна Иванова и Пётр Иванов пришли. Иванов выступил первым, Иванова вторым. В. Иванов ушёл.")
                .mention("Анна Иванова", PERSON).mention("Пётр Иванов", PERSON).mention("Иванов", PERSON)
                .mention("Иванова", PERSON).mention("В. Иванов", PERSON));
        Entity anna = entityOf(a, "Анна Иванова", 0);
        Entity petr = entityOf(a, "Пётр Иванов", 0);
        assertNotEquals(anna, petr);
        assertEquals("Анна Иванова", anna.name());
        assertEquals(petr, entityOf(a, "Иванов", 0), "the lone Иванов after Пётр Иванов");
        assertEquals(3, a.entities().size(), "В. Иванов is neither Анна nor Пётр");
    }

    @Test
    void aManWhoseGenitiveReadsAsAWomansNameIsOnePerson() {
        Analysis a = resolve(new MentionedText("Это будет первое серьёзное испытание для нового чемпиона мира ФИДЕ — Веселина Топалова "
                + "(Болгария). Участники турнира: Веселин Топалов (Болгария, 30 лет), Вишванатан Ананд (Индия).")
                .mention("Веселина Топалова", PERSON).mention("Веселин Топалов", PERSON).mention("Вишванатан Ананд", PERSON));
        Entity topalov = entityOf(a, "Веселина Топалова", 0);
        assertEquals(topalov, entityOf(a, "Веселин Топалов", 0));
        assertEquals(new PersonName("Веселин", null, "Топалов", null), topalov.person());
        assertEquals(2, a.entities().size());
        // a woman named more often in her own forms keeps her name
        a = resolve(new MentionedText("Президент предложил председателя палаты Мирославу Немцову на пост премьера. Кандидатура "
                + "Мирославы Немцовой поддержана. Кабинет с премьером Мирославой Немцовой утвердят.")
                .mention("Мирославу Немцову", PERSON).mention("Мирославы Немцовой", PERSON).mention("Мирославой Немцовой", PERSON));
        assertEquals(1, a.entities().size());
        assertEquals(new PersonName("Мирослава", null, "Немцова", null), a.entities().get(0).person());
    }

    @Test
    void aFirstNameLeftDeclinedBesideTheSameSurnameIsOnePerson() {
        Analysis a = resolve(new MentionedText("Иса Ямадаев является братом Сулимы Ямадаева, Героя России. "
                + "Говорилось о похоронах Сулима Ямадаева.")
                .mention("Иса Ямадаев", PERSON).mention("Сулимы Ямадаева", PERSON).mention("Сулима Ямадаева", PERSON));
        assertEquals(entityOf(a, "Сулимы Ямадаева", 0), entityOf(a, "Сулима Ямадаева", 0));
        assertNotEquals(entityOf(a, "Иса Ямадаев", 0), entityOf(a, "Сулима Ямадаева", 0));
        assertEquals(2, a.entities().size());
    }

    @Test
    void anArabicPatronymicAloneMeetsTheFullName() {
        Analysis a = resolve(new MentionedText("Смерть бин Ладена подтвердили в Вашингтоне. Спецназ ликвидировал Усаму бин Ладена "
                + "в Абботтабаде. Тело бин Ладена похоронили в море.")
                .mention("бин Ладена", PERSON).mention("Усаму бин Ладена", PERSON));
        assertEquals(1, a.entities().size(), "the lone бин Ладена before the full name");
        assertEquals(new PersonName("Усама", "бин Ладен", null, null), a.entities().get(0).person());
        a = resolve(new MentionedText("Спецназ ликвидировал Усаму бин Ладена в Абботтабаде. С бин Ладеном покончено.")
                .mention("Усаму бин Ладена", PERSON).mention("бин Ладеном", PERSON));
        assertEquals(1, a.entities().size(), "the lone бин Ладеном after the full name");
    }

    @Test
    void initialsMeetTheFullName() {
        Analysis a = resolve(new MentionedText("Владимир Путин приехал. В. Путин сказал речь.")
                .mention("Владимир Путин", PERSON).mention("В. Путин", PERSON));
        assertEquals(1, a.entities().size());
        assertEquals("Владимир Путин", a.entities().get(0).name());
    }

    @Test
    void placesAndOrganisationsByCanonicalName() {
        Analysis a = resolve(new MentionedText("Путин приехал в Томск. В Томске он посетил администрацию Томской области. "
                + "Губернатор Томской области Кресс встретил его у администрации Томской области.")
                .mention("Томск", CITY).mention("Томске", CITY)
                .mention("администрацию Томской области", ORGANIZATION).mention("Томской области", STATE_OR_PROVINCE)
                .mention("Томской области", STATE_OR_PROVINCE)
                .mention("администрации Томской области", ORGANIZATION).mention("Томской области", STATE_OR_PROVINCE));
        assertEquals(3, a.entities().size());
        assertEquals("Томск", a.entities().get(0).name());
        assertEquals(2, a.entities().get(0).mentionIds().size());
        assertEquals("администрация Томской области", a.entities().get(1).name());
        assertEquals("Томская область", a.entities().get(2).name());
        assertEquals(3, a.entities().get(2).mentionIds().size());
    }

    @Test
    void abbreviationsMeetTheirExpansion() {
        Analysis a = resolve(new MentionedText("Европейский союз ввёл санкции. Решение ЕС поддержали. "
                + "Резиденты особой экономической зоны довольны: ОЭЗ растёт.")
                .mention("Европейский союз", ORGANIZATION).mention("ЕС", ORGANIZATION)
                .mention("особой экономической зоны", LOCATION).mention("ОЭЗ", LOCATION));
        assertEquals(2, a.entities().size());
        Entity eu = a.entities().get(0);
        assertEquals("Европейский союз", eu.name());
        assertEquals(List.of("ЕС"), eu.aliases());
        assertEquals("особая экономическая зона", a.entities().get(1).name());
        assertEquals(List.of("ОЭЗ"), a.entities().get(1).aliases());
    }

    @Test
    void anOrganisationNamedAgainInBracketsIsOneOrganisation() {
        Analysis a = resolve(new MentionedText("По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН (ФАО), "
                + "цены выросли. Экономист ФАО не исключил роста. Промышленный и коммерческий банк Китая "
                + "(Industrial and Commercial Bank of China) купил долю. Офис открыт в Томске (Россия).")
                .mention("Всемирной продовольственной и сельскохозяйственной организации", ORGANIZATION)
                .mention("ООН", ORGANIZATION).mention("ФАО", ORGANIZATION).mention("ФАО", ORGANIZATION)
                .mention("Промышленный и коммерческий банк Китая", ORGANIZATION)
                .mention("Industrial and Commercial Bank of China", ORGANIZATION)
                .mention("Томске", CITY).mention("Россия", COUNTRY));
        Entity fao = entityOf(a, "ФАО", 0);
        // the brackets follow ООН, but name the organisation whose name ООН ends
        assertEquals(fao, entityOf(a, "Всемирной продовольственной и сельскохозяйственной организации", 0));
        assertEquals(fao, entityOf(a, "ФАО", 1));
        assertNotEquals(fao, entityOf(a, "ООН", 0));
        assertEquals(entityOf(a, "Промышленный и коммерческий банк Китая", 0),
                entityOf(a, "Industrial and Commercial Bank of China", 0));
        // a place in brackets after a place is where it lies
        assertNotEquals(entityOf(a, "Томске", 0), entityOf(a, "Россия", 0));
    }

    @Test
    void aNameSeenOnlyAsTheStartOfLongerNamesJoinsThem() {
        Analysis a = resolve(new MentionedText("Правительство Китая и Правительство Эритреи спорят. "
                + "Комитет защиты журналистов осудил их. Пресс-служба МЧС сообщила, что МЧС готово. "
                + "Конгресс США собрался, и Конгресс проголосовал.")
                .mention("Правительство Китая", ORGANIZATION).mention("Правительство", ORGANIZATION)
                .mention("Правительство Эритреи", ORGANIZATION).mention("Правительство", ORGANIZATION)
                .mention("Комитет защиты журналистов", ORGANIZATION).mention("Комитет защиты", ORGANIZATION)
                .mention("Пресс-служба МЧС", ORGANIZATION).mention("МЧС", ORGANIZATION).mention("МЧС", ORGANIZATION)
                .mention("Конгресс США", ORGANIZATION).mention("Конгресс", ORGANIZATION).mention("Конгресс", ORGANIZATION));
        // each fragment goes with the name around it: two governments, not a third «Правительство»
        assertEquals(entityOf(a, "Правительство Китая", 0), entityOf(a, "Правительство", 0));
        assertEquals(entityOf(a, "Правительство Эритреи", 0), entityOf(a, "Правительство", 1));
        assertNotEquals(entityOf(a, "Правительство Китая", 0), entityOf(a, "Правительство Эритреи", 0));
        assertEquals(entityOf(a, "Комитет защиты журналистов", 0), entityOf(a, "Комитет защиты", 0));
        // inside, but not at the start: another organisation
        assertNotEquals(entityOf(a, "Пресс-служба МЧС", 0), entityOf(a, "МЧС", 0));
        // a name that also stands alone keeps its entity
        assertEquals(entityOf(a, "Конгресс", 0), entityOf(a, "Конгресс", 1));
        assertNotEquals(entityOf(a, "Конгресс США", 0), entityOf(a, "Конгресс", 1));
    }

    @Test
    void otherNamesOfOnePlace() {
        Analysis a = resolve(new MentionedText("Россия и Российская Федерация — одно и то же, как и РФ.")
                .mention("Россия", COUNTRY).mention("Российская Федерация", COUNTRY).mention("РФ", COUNTRY));
        assertEquals(1, a.entities().size());
        assertEquals("Российская Федерация", a.entities().get(0).name());
    }

    @Test
    void organisationsWithFormAndDescriptorMeetTheBareName() {
        Analysis a = resolve(new MentionedText("Соглашение подписали ОАО «Роснано» и движение «Солидарность». "
                + "В «Роснано» довольны, а «Солидарность» нет.")
                .mention("ОАО «Роснано»", ORGANIZATION).mention("движение «Солидарность»", ORGANIZATION)
                .mention("Роснано", ORGANIZATION).mention("Солидарность", ORGANIZATION));
        assertEquals(2, a.entities().size());
        assertEquals("Роснано", a.entities().get(0).name());
        assertEquals("ОАО", a.entities().get(0).legalForm());
        assertEquals(2, a.entities().get(1).mentionIds().size());
    }

    @Test
    void descriptorsJoinTheOnePersonSoDescribed() {
        Analysis a = resolve(new MentionedText("Премьер-министр России Владимир Путин встретился с главой региона Виктором Крессом. "
                + "Губернатор доложил премьеру о ходе проекта. Губернатор Томской области Виктор Кресс доволен.")
                .mention("Премьер-министр", PROFESSION).mention("России", COUNTRY, true).mention("Владимир Путин", PERSON)
                .mention("главой региона", PROFESSION).mention("Виктором Крессом", PERSON)
                .mention("Губернатор", PROFESSION).mention("премьеру", PROFESSION)
                .mention("Губернатор", PROFESSION).mention("Томской области", STATE_OR_PROVINCE, true)
                .mention("Виктор Кресс", PERSON));
        Entity putin = entityOf(a, "Владимир Путин", 0);
        Entity kress = entityOf(a, "Виктором Крессом", 0);
        assertEquals(putin, entityOf(a, "Премьер-министр", 0));
        assertEquals(kress, entityOf(a, "главой региона", 0));
        assertEquals(kress, entityOf(a, "Губернатор", 0), "the lone Губернатор");
        assertEquals(putin, entityOf(a, "премьеру", 0), "премьер meets премьер-министр");
        assertEquals(kress, entityOf(a, "Губернатор", 1));
        assertEquals("Виктор Кресс", kress.name(), "descriptors are no names");
        assertEquals(4, a.entities().size(), "Путин, Кресс, Россия, Томская область");
    }

    @Test
    void anAmbiguousDescriptorJoinsNoOne() {
        Analysis a = resolve(new MentionedText("Губернатор Томской области Виктор Кресс и губернатор Новосибирской области Виктор Толоконский "
                + "встретились. Губернатор заявил о соглашении.")
                .mention("Губернатор", PROFESSION).mention("Виктор Кресс", PERSON)
                .mention("губернатор", PROFESSION).mention("Виктор Толоконский", PERSON).mention("Губернатор", PROFESSION));
        assertNull(entityOf(a, "Губернатор", 1));
        assertEquals(2, a.entities().size());
        assertTrue(a.entities().stream().allMatch(e -> e.type() == PERSON));
    }

    @Test
    void titlesMatch() {
        assertTrue(EntityResolver.titlesMatch("премьер", "премьер-министр"));
        assertTrue(EntityResolver.titlesMatch("губернатор", "губернатор томской области"));
        assertTrue(!EntityResolver.titlesMatch("глава региона", "глава города"));
    }
}
