package org.faktograf.kb.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceAdjectivesTest {
    @Test
    void relativeAdjectivesPointToTheirPlaces() {
        assertTrue(PlaceAdjectives.placeNames("томский").contains("томск"));
        assertTrue(PlaceAdjectives.placeNames("новосибирский").contains("новосибирск"));
        assertTrue(PlaceAdjectives.placeNames("самарский").contains("самара"));
        assertTrue(PlaceAdjectives.placeNames("казанский").contains("казань"));
        assertTrue(PlaceAdjectives.placeNames("российский").contains("россия"));
        assertTrue(PlaceAdjectives.placeNames("тверской").contains("тверь"));
        assertTrue(PlaceAdjectives.placeNames("московский").contains("москва"));
        assertTrue(PlaceAdjectives.placeNames("город").isEmpty());
        assertTrue(PlaceAdjectives.placeNames("ский").size() <= List.of("ск").size() + 1);
    }
}
