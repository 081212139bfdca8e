package dev.sledcheck.explore;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Completion for the explorer's prompt: the first word is a step number of the current state
 * (described by its step's token) or a command; after step numbers come the numbers of the state
 * those steps lead to, so {@code 2 1 <Tab>} offers what is enabled two steps on; after
 * {@code find}, the model's properties; after {@code goto}, its {@code --here} flag.
 */
final class Choices<S, A> implements Completion {

    private final Model<S, A> model;
    private final Session<S, A> session;
    private final List<Command> commands;

    Choices(Model<S, A> model, Session<S, A> session, List<Command> commands) {
        this.model = model;
        this.session = session;
        this.commands = commands;
    }

    @Override
    public List<Choice> choices(List<String> before) {
        List<Choice> out = new ArrayList<>();
        if (before.isEmpty()) {
            out.addAll(steps(session.current()));
            for (Command c : commands) {
                out.add(new Choice(c.name(), "", "or a command"));
            }
        } else if (before.stream().allMatch(StepNumbers::isNumber)) {
            S state = session.current();
            for (String word : before) {
                List<A> enabled = StepNumbers.enabled(model, state);
                int n = StepNumbers.parse(word);
                if (n < 1 || n > enabled.size()) {
                    return List.of();
                }
                state = model.next(state, enabled.get(n - 1));
            }
            out.addAll(steps(state));
        } else if (before.size() == 1 && before.get(0).equalsIgnoreCase(Explorer.FIND)) {
            for (Property<S, A> p : model.properties()) {
                out.add(new Choice(p.name(), p.description(), "properties"));
            }
        } else if (before.size() == 1 && before.get(0).equalsIgnoreCase(Explorer.GOTO)) {
            out.add(new Choice(Explorer.HERE, "follow the schedule from the current position", "flags"));
        }
        return out;
    }

    /** The numbers of the steps enabled in {@code state}, each described by its token. */
    private List<Choice> steps(S state) {
        List<Choice> out = new ArrayList<>();
        List<A> enabled = StepNumbers.enabled(model, state);
        for (int i = 0; i < enabled.size(); i++) {
            out.add(new Choice(String.valueOf(i + 1), model.token(state, enabled.get(i)), "enabled steps"));
        }
        return out;
    }
}
