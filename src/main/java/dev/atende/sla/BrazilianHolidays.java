package dev.atende.sla;

import java.time.MonthDay;
import java.util.List;

/**
 * Brazil's national holidays, offered as a preset for new calendars: the fixed ones (Lei
 * 662/1949, 6.802/1980, 14.759/2023) and the movable ones teams stop for (Carnaval Monday and
 * Tuesday, Good Friday, Corpus Christi). State and city holidays are added per calendar.
 */
public final class BrazilianHolidays {

    private BrazilianHolidays() {
    }

    public static List<Holiday> national() {
        return List.of(
                Holiday.yearly("Confraternização Universal", MonthDay.of(1, 1)),
                Holiday.fromEaster("Carnaval (segunda-feira)", -48),
                Holiday.fromEaster("Carnaval (terça-feira)", -47),
                Holiday.fromEaster("Sexta-feira Santa", -2),
                Holiday.yearly("Tiradentes", MonthDay.of(4, 21)),
                Holiday.yearly("Dia do Trabalho", MonthDay.of(5, 1)),
                Holiday.fromEaster("Corpus Christi", 60),
                Holiday.yearly("Independência do Brasil", MonthDay.of(9, 7)),
                Holiday.yearly("Nossa Senhora Aparecida", MonthDay.of(10, 12)),
                Holiday.yearly("Finados", MonthDay.of(11, 2)),
                Holiday.yearly("Proclamação da República", MonthDay.of(11, 15)),
                Holiday.yearly("Dia Nacional de Zumbi e da Consciência Negra", MonthDay.of(11, 20)),
                Holiday.yearly("Natal", MonthDay.of(12, 25)));
    }
}
