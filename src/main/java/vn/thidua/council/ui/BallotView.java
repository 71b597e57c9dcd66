package vn.thidua.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.council.BallotPaper;
import vn.thidua.council.Choice;
import vn.thidua.council.CouncilService;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * Bỏ phiếu: the sessions not yet closed to which the signed-in member was called; while a session votes online and
 * the member is present and has not voted, a secret ballot with one choice per candidate, cast once. Nothing of the
 * choice is kept on the page after casting.
 */
@Route("ballot")
@Menu(title = "menu.ballot", order = 43, icon = "CHECK_SQUARE_O")
@RolesAllowed(Permission.COUNCIL_VOTE)
class BallotView extends VerticalLayout implements HasDynamicTitle {

    private final CouncilService council;
    private final VerticalLayout papers = new VerticalLayout();

    BallotView(CouncilService council) {
        this.council = council;
        H2 title = new H2(getTranslation("ballot.title"));
        title.setId("ballot-title");
        papers.setPadding(false);
        papers.setId("ballot-papers");
        add(title, new Span(getTranslation("ballot.intro")), papers);
        refresh();
    }

    private void refresh() {
        papers.removeAll();
        List<BallotPaper> mine = council.myBallots();
        if (mine.isEmpty()) {
            Span none = new Span(getTranslation("ballot.none"));
            none.setId("ballot-none");
            papers.add(none);
        }
        for (BallotPaper p : mine) {
            papers.add(paper(p));
        }
    }

    private Div paper(BallotPaper p) {
        Div box = new Div();
        box.setId("ballot-" + p.sessionId());
        box.add(new H3(getTranslation("ballot.session", Dates.format(p.date()), p.place())));
        box.add(new Paragraph(p.agenda()));
        Span state = new Span(getTranslation(stateKey(p)));
        state.setId("ballot-state-" + p.sessionId());
        box.add(state);
        Map<Long, RadioButtonGroup<Choice>> choices = new HashMap<>();
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        for (BallotPaper.Line line : p.lines()) {
            RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
            group.setId("ballot-choice-" + line.candidateId());
            group.setLabel(line.seq() + ". " + line.name() + " – " + line.awardName()
                    + (line.proposer() == null ? "" : " (" + line.proposer() + ")"));
            group.setHelperText(line.ruleWords());
            group.setItems(Choice.values());
            group.setItemLabelGenerator(c -> getTranslation("ballot.choice." + c.name()));
            group.setEnabled(p.mayVote());
            choices.put(line.candidateId(), group);
            lines.add(group);
        }
        box.add(lines);
        if (p.mayVote()) {
            Button cast = new Button(getTranslation("ballot.cast"), e -> {
                Map<Long, Choice> ballot = new HashMap<>();
                choices.forEach((id, group) -> {
                    if (group.getValue() != null) {
                        ballot.put(id, group.getValue());
                    }
                });
                if (ballot.size() != choices.size()) {
                    Notices.error(new BusinessException("council.error.incompleteBallot"));
                    return;
                }
                if (Notices.attempt(() -> council.vote(p.sessionId(), ballot))) {
                    Notices.success("ballot.thanks");
                }
                refresh();
            });
            cast.setId("ballot-cast-" + p.sessionId());
            cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(cast);
        }
        return box;
    }

    private static String stateKey(BallotPaper p) {
        if (p.voted()) {
            return "ballot.state.voted";
        }
        if (!p.present()) {
            return "ballot.state.absent";
        }
        return switch (p.status()) {
            case PREPARING -> "ballot.state.preparing";
            case VOTING -> p.mode() == vn.thidua.council.BallotMode.PAPER ? "ballot.state.paper" : "ballot.state.open";
            case CLOSED -> "ballot.state.closed";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.title");
    }
}
