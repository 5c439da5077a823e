/**
 * Browser half of the reciprocal-formula explorer: redraws the worked example when the reader
 * picks a partner or moves the exports slider. The drawing, table and sentence come from the
 * same Plot-free module the build uses, so the page and the client never disagree.
 */
import { type FormulaPartner, type FormulaState, formulaTable, renderFormula, SCALE_MAX, verdict } from '../charts/reciprocal-formula/svg';
import { registerExplorer } from './explorer';

interface Model {
  partners: FormulaPartner[];
}
type Params = { partner: string; exports: string };

const DEFAULT = 'CN';

function state(model: Model, params: Params): FormulaState {
  const partner =
    model.partners.find((p) => p.code === params.partner) ??
    model.partners.find((p) => p.code === DEFAULT) ??
    (model.partners[0] as FormulaPartner);
  return { partner, scale: Number(params.exports) };
}

registerExplorer<Model, Params>('reciprocal-formula', {
  render: (model, params, { document, width }) => renderFormula(document, state(model, params), width),
  table: (model, params) => formulaTable(state(model, params)),
  announce: (model, params) => verdict(state(model, params)),
  // A shared link may carry any value: keep known partners and slider positions (0–200, steps of 5).
  normalise(model, params) {
    const partner = model.partners.some((p) => p.code === params.partner) ? params.partner : DEFAULT;
    const level = Math.round(Number(params.exports) / 5) * 5;
    return { partner, exports: Number.isFinite(level) ? String(Math.min(SCALE_MAX, Math.max(0, level))) : '100' };
  },
});
