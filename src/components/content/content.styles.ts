import { css } from 'lit';

export const styles = css`
  .error {
    margin-block-end: 1em;
  }
`;
