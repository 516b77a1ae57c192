import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import i18n from '../i18n';

interface State {
  error: Error | null;
}

/** Keeps one broken screen from taking the whole app down; saved data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={i18n.t('common:error.title')} m="xl" role="alert">
        <Stack gap="sm">
          <Text>{i18n.t('common:error.body')}</Text>
          <Text size="sm" c="dimmed">
            {this.state.error.message}
          </Text>
          <Button w="fit-content" onClick={() => this.setState({ error: null })}>
            {i18n.t('common:error.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}
