package org.activitylead.core.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.activitylead.core.people.Person;
import org.activitylead.core.people.Texts;

/**
 * One message the panel shows about the activity, and what to ask of whom when someone must act on it. Arguments
 * are typed data, never raw page input, and are formatted for the viewer's locale.
 */
public record Finding(Severity severity, Message message, Optional<Message> ask) {

    public enum Severity { ERROR, WARNING, INFO }

    static Finding of(Severity severity, String messageKey, Argument... arguments) {
        return new Finding(severity, new Message(messageKey, List.of(arguments)), Optional.empty());
    }

    Finding asking(Message ask) {
        return new Finding(severity, message, Optional.of(ask));
    }

    /** A message key and its arguments. */
    public record Message(String key, List<Argument> arguments) {

        public Message {
            arguments = List.copyOf(arguments);
        }

        /** The plain text, in the viewer's language. */
        public String in(Texts texts) {
            return texts.text(key, arguments.stream().map(argument -> argument.in(texts)).toArray());
        }
    }

    /** What a message may say: a person, a date, a count, or the label of a parameter. */
    public sealed interface Argument {

        Object in(Texts texts);

        static Argument person(Person person) {
            return new OfPerson(person);
        }

        static Argument date(LocalDate date) {
            return new OfDate(date);
        }

        static Argument count(int count) {
            return new OfCount(count);
        }

        static Argument label(Parameter parameter) {
            return new OfLabel(parameter);
        }

        record OfPerson(Person person) implements Argument {
            @Override
            public Object in(Texts texts) {
                return texts.name(person);
            }
        }

        record OfDate(LocalDate date) implements Argument {
            @Override
            public Object in(Texts texts) {
                return texts.date(date);
            }
        }

        record OfCount(int count) implements Argument {
            @Override
            public Object in(Texts texts) {
                return count;
            }
        }

        record OfLabel(Parameter parameter) implements Argument {
            @Override
            public Object in(Texts texts) {
                return texts.text(parameter.labelKey());
            }
        }
    }
}
